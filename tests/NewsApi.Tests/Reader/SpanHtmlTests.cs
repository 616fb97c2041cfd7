using NewsApi.Reader;

namespace NewsApi.Tests.Reader;

public sealed class SpanHtmlTests
{
    static HtmlSpan Quote(int start, int end, string? id = null) => new(start, end, "q", 0, [], id);

    static HtmlSpan Mention(int start, int end, string href = "/e") => new(start, end, "a", 1, [new("href", href)]);

    static string Render(string text, params HtmlSpan[] spans) => SpanHtml.Render(text, 0, text.Length, spans);

    [Fact]
    public void NoSpans_EncodesTheTextOnly() =>
        Assert.Equal("Tom &amp; Jerry", Render("Tom & Jerry"));

    [Fact]
    public void MentionInsideQuote_NestsInsideIt()
    {
        const string text = "He said Anna Berg will come.";

        Assert.Equal("He said <q><a href=\"/e\">Anna Berg</a> will come</q>.", Render(text, Mention(8, 17), Quote(8, 27)));
        Assert.Equal("He said <q><a href=\"/e\">Anna Berg</a> will come</q>.", Render(text, Quote(8, 27), Mention(8, 17)));
    }

    [Fact]
    public void MentionWithTheSameExtentAsQuote_GoesInsideByLayer() =>
        Assert.Equal("<q><a href=\"/e\">Oslo</a></q>", Render("Oslo", Mention(0, 4), Quote(0, 4)));

    [Fact]
    public void MentionCrossingQuoteEnd_IsSplitAndStaysWellFormed()
    {
        var html = Render("say Anna Berg now", Quote(0, 8, id: "q1"), Mention(4, 13));

        Assert.Equal("<q id=\"q1\">say <a href=\"/e\">Anna</a></q><a href=\"/e\"> Berg</a> now", html);
    }

    [Fact]
    public void QuoteSplitAroundAnother_WritesItsIdOnce()
    {
        var html = Render("abcdef", Quote(0, 4, id: "q1"), new HtmlSpan(2, 6, "q", 0, [], "q2"));

        Assert.Equal("<q id=\"q1\">ab<q id=\"q2\">cd</q></q><q>ef</q>", html);
    }

    [Fact]
    public void AdjacentSpans_CloseBeforeTheNextOpens() =>
        Assert.Equal("<a href=\"/1\">Iran</a><a href=\"/2\">Iraq</a>", Render("IranIraq", Mention(4, 8, "/2"), Mention(0, 4, "/1")));

    [Fact]
    public void ScriptInTextAndAttributes_IsEncoded()
    {
        var html = Render("<script>alert(1)</script>", new HtmlSpan(0, 8, "a", 1, [new("title", "\"><script>x</script>")]));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<a title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;script&gt;</a>alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void OffsetsAreUtf16_SoSpansAfterEmojiCoverTheRightText()
    {
        const string text = "😀 Anna met 👩‍👩‍👧 in Oslo";
        var oslo = text.IndexOf("Oslo", StringComparison.Ordinal);

        var html = Render(text, Mention(3, 7), Mention(oslo, oslo + 4, "/oslo"), Quote(12, 20));

        Assert.Equal(24, oslo); // 18 in code points: each emoji person is two UTF-16 units
        Assert.Contains("<a href=\"/e\">Anna</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/oslo\">Oslo</a>", html, StringComparison.Ordinal);
        Assert.Equal("👩‍👩‍👧", System.Net.WebUtility.HtmlDecode(StripTags(html.Split("<q>")[1].Split("</q>")[0])));
        Assert.Equal(text, System.Net.WebUtility.HtmlDecode(StripTags(html)));
    }

    [Fact]
    public void Range_ClipsSpansAndDropsOnesOutsideIt()
    {
        const string text = "one two\n\nthree four";

        var html = SpanHtml.Render(text, 9, text.Length, [Quote(4, 14), Mention(0, 3), Mention(15, 19)]);

        Assert.Equal("<q>three</q> <a href=\"/e\">four</a>", html);
    }

    static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", "");
}
