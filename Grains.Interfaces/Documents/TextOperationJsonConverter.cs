using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kooperationsraum.Grains.Interfaces.Documents;

/// <summary>
/// Reads and writes <see cref="TextOperation"/> as CodeMirror's <c>ChangeSet.toJSON()</c>. Reading is a flat
/// token loop with a fixed nesting of two, refuses every other shape, and enforces
/// <see cref="DocumentLimits.MaxSections"/> and <see cref="DocumentLimits.MaxInsertedLength"/> before anything
/// reaches a document.
/// </summary>
public sealed class TextOperationJsonConverter : JsonConverter<TextOperation>
{
    public override TextOperation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Malformed("expected an array");
        }

        var sections = new List<TextSection>();
        var inserted = 0;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (sections.Count == DocumentLimits.MaxSections)
            {
                throw TooLarge($"more than {DocumentLimits.MaxSections} sections");
            }

            if (reader.TokenType == JsonTokenType.Number)
            {
                sections.Add(TextSection.Keep(ReadLength(ref reader)));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                if (Next(ref reader) != JsonTokenType.Number)
                {
                    throw Malformed("a replacement must start with its deleted length");
                }

                var deleted = ReadLength(ref reader);
                var text = ReadLines(ref reader, ref inserted);
                sections.Add(TextSection.Replace(deleted, text));
            }
            else
            {
                throw Malformed($"unexpected {reader.TokenType}");
            }
        }

        try
        {
            return new TextOperation(sections);
        }
        catch (DocumentRuleException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, TextOperation value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var section in value.Sections)
        {
            if (section.Inserted is null)
            {
                writer.WriteNumberValue(section.Length);
                continue;
            }

            writer.WriteStartArray();
            writer.WriteNumberValue(section.Length);
            if (section.Inserted.Length > 0)
            {
                foreach (var line in section.Inserted.Split('\n'))
                {
                    writer.WriteStringValue(line);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static string ReadLines(ref Utf8JsonReader reader, ref int inserted)
    {
        var text = new StringBuilder();
        var lines = 0;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Malformed("inserted lines must be strings");
            }

            var line = reader.GetString()!;
            if (line.Contains('\n'))
            {
                throw Malformed("an inserted line contains a line break");
            }

            // Joining the lines adds one "\n" per line after the first, and those count as inserted text too.
            inserted += line.Length + (lines > 0 ? 1 : 0);
            if (inserted > DocumentLimits.MaxInsertedLength)
            {
                throw TooLarge($"more than {DocumentLimits.MaxInsertedLength} inserted characters");
            }

            if (lines++ > 0)
            {
                text.Append('\n');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private static int ReadLength(ref Utf8JsonReader reader)
    {
        if (!reader.TryGetInt32(out var length) || length < 0)
        {
            throw Malformed("lengths must be whole numbers from 0");
        }

        return length;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Malformed("the operation ends early");
        }

        return reader.TokenType;
    }

    private static JsonException Malformed(string reason) =>
        Wrapped(new DocumentRuleException(DocumentError.MalformedOperation, $"The operation is not a valid change set: {reason}."));

    private static JsonException TooLarge(string reason) =>
        Wrapped(new DocumentRuleException(DocumentError.OperationTooLarge, $"The operation is too large: {reason}."));

    private static JsonException Wrapped(DocumentRuleException refusal) => new(refusal.Message, refusal);
}
