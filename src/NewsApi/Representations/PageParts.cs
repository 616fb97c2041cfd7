using System.Reflection;
using NewsApi.Data;

namespace NewsApi.Representations;

/// <summary>Reads the items and next cursor of a <see cref="Page{T}"/> of any item type.</summary>
internal static class PageParts
{
    static bool IsPage(object value) => value.GetType() is { IsGenericType: true } t && t.GetGenericTypeDefinition() == typeof(Page<>);

    /// <summary>A page's items; any other value as it is.</summary>
    public static object Items(object value) =>
        IsPage(value) ? value.GetType().GetProperty(nameof(Page<object>.Items), BindingFlags.Public | BindingFlags.Instance)!.GetValue(value)! : value;

    public static string? NextCursor(object value) =>
        IsPage(value) ? (string?)value.GetType().GetProperty(nameof(Page<object>.NextCursor))!.GetValue(value) : null;
}
