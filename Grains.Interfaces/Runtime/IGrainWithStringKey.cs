namespace Kooperationsraum.Grains.Interfaces.Runtime;

/// <summary>A grain addressed by a string key. Every method returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrainWithStringKey : IGrain;
