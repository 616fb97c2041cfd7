namespace NewsApi.Data;

public static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>
    /// Turns rows fetched with <c>LIMIT limit + 1</c> into a page: the extra row only proves there is a next page.
    /// </summary>
    public static Page<TItem> ToPage<TRow, TItem>(List<TRow> rows, int limit, Func<TRow, TItem> map, Func<TRow, Cursor> cursorOf)
    {
        var hasMore = rows.Count > limit;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        return new Page<TItem>([.. rows.Select(map)], hasMore ? cursorOf(rows[^1]).Encode() : null);
    }
}
