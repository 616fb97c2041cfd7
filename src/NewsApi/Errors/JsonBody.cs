using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsApi.Errors;

/// <summary>
/// What reading a JSON body gave: the value; or a <c>Problem</c> with the body as a whole (not JSON, not an object);
/// or <c>Errors</c>, the wrong fields by JSON path (<c>title</c>, <c>meta.desk</c>, <c>tags[0]</c>).
/// </summary>
public sealed record JsonBodyResult<T>(T? Value, string? Problem, Dictionary<string, string[]> Errors);

/// <summary>
/// Reads a JSON object strictly against the shape of its type as the serializer sees it: a field of
/// the wrong type is named with what it should be, and a field the type does not have, or one given twice, is an
/// error rather than silently dropped — a misspelt <c>publishedAt</c> would otherwise vanish without a word.
/// </summary>
public static class JsonBody
{
    public static JsonBodyResult<T> Read<T>(string text, JsonSerializerOptions options, string example)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        JsonDocument document;
        try { document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = options.MaxDepth }); }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            return new(default, $"The body is not valid JSON{where}: expected {example}.", errors);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new(default, $"The body must be a JSON object {example}; got {Kind(document.RootElement)}.", errors);
            Check(document.RootElement, options.GetTypeInfo(typeof(T)), "", options, errors);
            if (errors.Count > 0) return new(default, null, errors);
            try { return new(document.RootElement.Deserialize<T>(options), null, errors); }
            catch (JsonException e)
            {
                // a value of the right JSON kind that still does not fit (a number too large, say)
                var path = Path(e.Path);
                errors[path.Length == 0 ? "body" : path] = [$"{(path.Length == 0 ? "The body" : path)} has a value that cannot be read."];
                return new(default, null, errors);
            }
        }
    }

    static void Check(JsonElement element, JsonTypeInfo info, string path, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var name = path.Length == 0 ? "the body" : path;
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (info.Type.IsValueType && Nullable.GetUnderlyingType(info.Type) is null) errors[path] = [$"{name} must not be null."];
            return;
        }
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (element.ValueKind != JsonValueKind.Object) { errors[path] = [$"{name} must be an object; got {Kind(element)}."]; return; }
                var comparison = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var seen = new HashSet<string>(comparison);
                var fields = string.Join(", ", info.Properties.Select(p => p.Name));
                foreach (var property in element.EnumerateObject())
                {
                    var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!seen.Add(property.Name)) { errors[child] = [$"{child} is given more than once."]; continue; }
                    if (info.Properties.FirstOrDefault(p => comparison.Equals(p.Name, property.Name)) is not { } known)
                    {
                        errors[child] = [$"{child} is not a field {(path.Length == 0 ? "of this body" : $"of {path}")}; unknown fields are refused, not ignored. The fields are: {fields}."];
                        continue;
                    }
                    Check(property.Value, options.GetTypeInfo(known.PropertyType), child, options, errors);
                }
                return;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array) { errors[path] = [$"{name} must be an array; got {Kind(element)}."]; return; }
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Check(item, options.GetTypeInfo(info.ElementType!), $"{path}[{index++}]", options, errors);
                return;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object) errors[path] = [$"{name} must be an object; got {Kind(element)}."];
                return;
            default:
                if (Expected(info.Type) is { } expected && !expected.Kinds.Contains(element.ValueKind))
                    errors[path] = [$"{name} must be {expected.Words}; got {Kind(element)}."];
                return;
        }
    }

    static (JsonValueKind[] Kinds, string Words)? Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || type.IsEnum || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(Guid) || type == typeof(Uri))
            return ([JsonValueKind.String], "a string");
        if (type == typeof(bool)) return ([JsonValueKind.True, JsonValueKind.False], "true or false");
        if (type.IsPrimitive || type == typeof(decimal)) return ([JsonValueKind.Number], "a number");
        return null;
    }

    static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"a number ({Shown(element.GetRawText())})",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    static string Shown(string text) => text.Length <= 40 ? text : text[..40] + "…";

    // "$.meta.desk" → "meta.desk", "$['odd name']" → "odd name"
    static string Path(string? jsonPath) =>
        (jsonPath ?? "$").TrimStart('$').TrimStart('.').Replace("['", "", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal);
}
