namespace Kooperationsraum.Silo.Runtime;

/// <summary>How an activation reads its persistent states before activating and writes them when deactivating.</summary>
internal interface IPersistentStateLifecycle
{
    Task ReadStateAsync();

    Task WriteIfChangedAsync();
}
