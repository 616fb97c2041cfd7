namespace NewsApi.Articles;

/// <summary>The plain-text article layout of the seed files and of <c>text/plain</c> ingestion.</summary>
public static class ArticleText
{
    /// <summary>First line is the title; the body is everything after it, less the blank lines that separate them.</summary>
    public static (string Title, string Body) Split(string text)
    {
        text = text.TrimStart('\uFEFF');
        var newline = text.IndexOf('\n');
        if (newline < 0) return (text.Trim(), "");
        return (text[..newline].Trim(), text[(newline + 1)..].TrimStart('\r', '\n').TrimEnd());
    }
}
