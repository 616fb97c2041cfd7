
namespace NewsApi.Data;

/// <summary>The lowercase names under which enum values are stored and sent over the wire.</summary>
public static class Names
{
    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>Parses a name as sent by a client: case-insensitive, names only (never numbers).</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || !char.IsLetter(text[0])) return false;
        return Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string List<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Of(v)));
}
