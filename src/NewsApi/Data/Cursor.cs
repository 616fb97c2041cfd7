using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace NewsApi.Data;

/// <summary>
/// An opaque keyset cursor: the sort key and id of the last row of a page. Clients pass it back unchanged;
/// its encoding (base64url of "key\nid") is not part of the API.
/// </summary>
public readonly record struct Cursor(string Key, long Id)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Key}\n{Id.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryDecode(string? value, out Cursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 512) return false;
        byte[] bytes;
        try { bytes = Base64Url.DecodeFromChars(value); }
        catch (FormatException) { return false; }

        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return false; }

        var newline = text.LastIndexOf('\n');
        if (newline < 0 || !long.TryParse(text.AsSpan(newline + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return false;
        cursor = new Cursor(text[..newline], id);
        return true;
    }
}

/// <summary>
/// One page of a list. <see cref="NextCursor"/> is null on the last page. <see cref="Facets"/> is present only when
/// facets were asked for: counts over the whole filtered list, by facet name.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor) : IPage
{
    IEnumerable<object?> IPage.Items => Items.Cast<object?>();

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>>? Facets { get; init; }
}

public static class Page
{
    /// <summary>
    /// A list that comes whole (one article's quotes, a top-N ranking): the same envelope as every other list, with no
    /// next page, so clients read every list the same way.
    /// </summary>
    public static Page<T> Whole<T>(IReadOnlyList<T> items) => new(items, null);
}

/// <summary>What every page has, whatever its items.</summary>
public interface IPage
{
    IEnumerable<object?> Items { get; }
    string? NextCursor { get; }
}

/// <summary>
/// One facet value and how many articles of the filtered list have it. <c>value</c> is what to filter by
/// (an entity id, a source, a month "2016-08"); <c>label</c> is for display; <c>type</c> is an entity's type.
/// </summary>
public sealed record FacetValue
{
    public string Value { get; init; } = "";
    public string Label { get; init; } = "";
    public string? Type { get; init; }
    public long Count { get; init; }
}
