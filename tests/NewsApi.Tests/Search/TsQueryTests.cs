using Dapper;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>
/// The query model as PostgreSQL's to_tsquery text (<see cref="TsQuery"/>), and the hits found in code where the
/// index gives no offsets (<see cref="TextMarks"/>).
/// </summary>
public sealed class TsQueryTests
{
    [Theory]
    [InlineData("syria", "articles", "'syria'")]
    [InlineData("syria iran", "articles", "'syria' & 'iran'")]
    [InlineData("syria OR iran", "articles", "'syria' | 'iran'")]
    [InlineData("\"strategic partnership\"", "articles", "'strategic partnership'")]
    [InlineData("terror*", "articles", "'terror':*")]
    [InlineData("syria NOT iran", "articles", "'syria' & !'iran'")]
    [InlineData("syria -iran -moscow", "articles", "'syria' & !('iran' | 'moscow')")]
    [InlineData("(Moscow OR Damascus) AND partnership", "articles", "('Moscow' | 'Damascus') & 'partnership'")]
    [InlineData("title:cose", "articles", "'cose':A")]
    [InlineData("body:terror*", "articles", "'terror':*B")]
    [InlineData("title:(cose OR \"air base\")", "articles", "('cose':A | 'air base':A)")]
    [InlineData("{title body}:cose", "articles", "'cose':AB")]
    [InlineData("speaker:Khosravi", "quotes", "'Khosravi':B")]
    [InlineData("text:(iran -syria)", "quotes", "('iran':A & !'syria':A)")]
    [InlineData("title:cose OR speaker:Khosravi", "quotes", "'Khosravi':B")]
    [InlineData("title:cose speaker:Khosravi", "quotes", null)]
    [InlineData("NEAR(iran syria, 1)", "articles", "'iran' <1> 'syria' | 'syria' <1> 'iran' | 'iran' <2> 'syria' | 'syria' <2> 'iran'")]
    [InlineData("NEAR(a b c, 0)", "articles", "('a' <1> 'b' | 'b' <1> 'a') & ('a' <1> 'c' | 'c' <1> 'a') & ('b' <1> 'c' | 'c' <1> 'b')")]
    [InlineData("NEAR(iran syria, 31)", "articles", "'iran' & 'syria'")]
    [InlineData("\"it's\" \"a\\b\"", "articles", "'it''s' & 'a\\\\b'")]
    public void For_AnIndex_RendersTheModelAsTsquery(string typed, string index, string? tsquery)
    {
        Assert.Equal(tsquery, TsQuery.For(SearchQueryParser.Parse(typed), index == "articles" ? SearchIndex.Articles : SearchIndex.Quotes));
    }

    [Fact]
    public void For_TextNoTsqueryCanHold_IsReplacedBySpaces()
    {
        // built by code: a NUL (PostgreSQL text cannot hold it), a lone surrogate, and a phrase of nothing but those
        var query = new And([new Phrase("a\0b"), new Word("x\ud800"), new Phrase("\u0001")]);

        Assert.Equal("'a b' & 'x ' & ' '", TsQuery.For(query, SearchIndex.Articles));
    }

    [Theory]
    [InlineData("Hamedan", "Near Hamédan airbase", "Near [Hamédan] airbase")]
    [InlineData("hamédan", "HAMEDAN", "[HAMEDAN]")]
    [InlineData("\"strategic partnership\"", "a strategic, partnership; a strategic plan", "a [strategic, partnership]; a strategic plan")]
    [InlineData("terror*", "anti-terrorism and terror", "anti-[terrorism] and [terror]")]
    [InlineData("\"anti-terrorism\"", "the anti-terrorism drive", "the [anti-terrorism] drive")]
    [InlineData("capacities NOT facilities", "capacities, not facilities", "[capacities], not facilities")]
    [InlineData("title:cose body", "cose body", "cose [body]")]
    [InlineData("Iran’s", "Iran’s plan", "[Iran’s] plan")]
    [InlineData("strasse", "Straße", "[Straße]")]
    [InlineData("NEAR(iran syria)", "Syria and Iran", "[Syria] and [Iran]")]
    public void Mark_TheBody_MarksTheQueryWordsAsTheIndexFoldsThem(string typed, string text, string marked)
    {
        var marks = new TextMarks(SearchQueryParser.Parse(typed));

        Assert.Equal(marked, marks.Mark(text, SearchColumn.Body)!.Replace(Highlighter.Open, '[').Replace(Highlighter.Close, ']'));
    }

#if NEWSAPI_POSTGRES
    [NewsApi.Tests.Postgres.PostgresFact]
    public async Task EveryQueryTheParserAccepts_ToTsqueryReads_AndFindsWhatTheMarksFind()
    {
        // random token soup with tsquery's own syntax inside phrases: whatever parses must be a tsquery PostgreSQL
        // reads, so its syntax errors never reach clients
        string[] pieces = ["syria ", "iran ", "Tehrān ", "AND ", "OR ", "NOT ", "-", " -", "(", ") ", "\"", "\"air base\" ", "*", "title:",
            "speaker:", "text:", "{title body}:", "NEAR(", ", 5)", " ", "\"x\"\"y\" ", "\"a'b\" ", "\"c\\\\\" ", "\"&|!<->:*\" ", "\"' & '\" ",
            "Iran’s ", "foo_bar ", "\"3.5\" ", "\"co-op2\"* ", "\"😀 e\u0301t\u0301e\u0301\" ", ":", "."];
        using var factory = new NewsApiFactory();
        await using var connection = await factory.OpenDatabaseAsync();
        const string text = "Syria and Iran’s air base near Tehran: foo_bar, 3.5 and co-op2; x\"y a'b c\\ été";
        var random = new Random(12);
        var accepted = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var typed = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            SearchExpression query;
            try { query = SearchQueryParser.Parse(typed); }
            catch (InvalidSearchQueryException) { continue; }
            accepted++;
            if (TsQuery.For(query, SearchIndex.Articles) is not { } tsquery) continue;
            var found = await Record.ExceptionAsync(() => connection.ExecuteScalarAsync<bool>(
                "SELECT setweight(to_tsvector('newsapi', @Text), 'B') @@ to_tsquery('newsapi', @Q)", new { Text = text, Q = tsquery }));
            Assert.True(found is null, $"{typed} → {tsquery}: {found?.Message}");
        }
        Assert.True(accepted > 300, $"only {accepted} of the random queries parsed");

        // the words the index matches are the words marked
        foreach (var (typed, word) in new[] { ("Hamedan", "Hamédan"), ("\"anti-terrorism\"", "anti-terrorism"), ("terror*", "terrorism"), ("Iran’s", "Iran’s"), ("foo_bar", "foo_bar") })
        {
            var tsquery = TsQuery.For(SearchQueryParser.Parse(typed), SearchIndex.Articles);
            Assert.True(await connection.ExecuteScalarAsync<bool>("SELECT to_tsvector('newsapi', @Text) @@ to_tsquery('newsapi', @Q)", new { Text = $"the {word} plan", Q = tsquery }), typed);
            Assert.Contains(Highlighter.Open, new TextMarks(SearchQueryParser.Parse(typed)).Mark($"the {word} plan", SearchColumn.Body)!);
        }
    }
#endif
}
