using NewsApi.Data;

namespace NewsApi.Representations;

/// <summary>Reads the items and next cursor of a <see cref="Page{T}"/> of any item type.</summary>
internal static class PageParts
{
    /// <summary>A page's items; any other value as it is.</summary>
    public static object Items(object value) => value is IPage page ? page.Items : value;

    public static string? NextCursor(object value) => (value as IPage)?.NextCursor;
}
