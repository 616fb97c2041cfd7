using System.Text.Json;

namespace NewsApi.Tests;

/// <summary>
/// What an article itself holds, for comparing an acknowledged write with a later read. Which entity a mention or a
/// speaker belongs to may change after the write: a later article can give a one-word entity its full name or absorb
/// it into another one, so entity ids and names are left out.
/// </summary>
static class ArticleContent
{
    public static string Mentions(JsonElement article) => string.Join("\n", article.GetProperty("entities").EnumerateArray()
        .SelectMany(e => e.GetProperty("mentions").EnumerateArray().Select(m => m.GetRawText())).Order(StringComparer.Ordinal));

    public static string Quotes(JsonElement article) => string.Join("\n", article.GetProperty("quotes").EnumerateArray().Select(q =>
    {
        var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.Object
            ? $"{s.GetProperty("name").GetString()}@{s.GetProperty("start")}-{s.GetProperty("end")}" : "-";
        return $"{q.GetProperty("id")}|{q.GetProperty("kind")}|{q.GetProperty("attribution")}|{q.GetProperty("start")}-{q.GetProperty("end")}|{q.GetProperty("text")}|{q.GetProperty("cue").GetRawText()}|{speaker}";
    }));
}
