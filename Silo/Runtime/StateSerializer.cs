using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kooperationsraum.Silo.Runtime;

/// <summary>
/// The JSON form of grain state. Unknown members are skipped and missing ones keep their initial values, so state
/// written by an older or newer version still loads; enums are written by name, so reordering them loses nothing.
/// </summary>
internal static class StateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<TState>(TState state) => JsonSerializer.Serialize(state, Options);

    public static TState? Deserialize<TState>(string json) => JsonSerializer.Deserialize<TState>(json, Options);
}
