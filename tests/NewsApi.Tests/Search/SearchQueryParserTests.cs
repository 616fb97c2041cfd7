using Microsoft.Data.Sqlite;
using NewsApi.Search;

namespace NewsApi.Tests.Search;

/// <summary>The public search syntax: parsed into the query model, refused with a reason and a place, rendered to FTS5.</summary>
public sealed class SearchQueryParserTests
{
    static Word W(string text, bool prefix = false) => new(text, prefix);

    public static TheoryData<string, SearchExpression> Constructs => new()
    {
        { "syria", W("syria") },
        { "Tehrān", W("Tehrān") },
        { "syria damascus", new And([W("syria"), W("damascus")]) },
        { "syria AND damascus", new And([W("syria"), W("damascus")]) },
        { "\"strategic partnership\"", new Phrase("strategic partnership") },
        { "\"say \"\"hi\"\"\"", new Phrase("say \"hi\"") },
        { "\"anti-terrorism\"", new Phrase("anti-terrorism") },
        { "terror*", W("terror", prefix: true) },
        { "\"strategic part\"*", new Phrase("strategic part", Prefix: true) },
        { "syria OR iran", new Or([W("syria"), W("iran")]) },
        { "a b OR c", new Or([new And([W("a"), W("b")]), W("c")]) },
        { "(moscow OR damascus) AND partnership", new And([new Or([W("moscow"), W("damascus")]), W("partnership")]) },
        { "syria NOT iran", new Not(W("syria"), W("iran")) },
        { "syria AND NOT iran", new Not(W("syria"), W("iran")) },
        { "syria -iran", new Not(W("syria"), W("iran")) },
        { "syria - iran", new Not(W("syria"), W("iran")) },
        { "syria AND -iran", new Not(W("syria"), W("iran")) },
        { "-iran syria", new Not(W("syria"), W("iran")) },
        { "NOT iran syria", new Not(W("syria"), W("iran")) },
        { "-iran -russia syria airbase", new Not(new And([W("syria"), W("airbase")]), new Or([W("iran"), W("russia")])) },
        { "syria NOT iran OR moscow", new Or([new Not(W("syria"), W("iran")), W("moscow")]) },
        { "syria -(iran OR russia)", new Not(W("syria"), new Or([W("iran"), W("russia")])) },
        { "(syria -iran) OR moscow", new Or([new Not(W("syria"), W("iran")), W("moscow")]) },
        { "syria -\"strategic partnership\"", new Not(W("syria"), new Phrase("strategic partnership")) },
        { "syria -terror*", new Not(W("syria"), W("terror", prefix: true)) },
        { "not and or", new And([W("not"), W("and"), W("or")]) },
        { "title:cose", new InColumns([SearchColumn.Title], W("cose")) },
        { "Title:cose", new InColumns([SearchColumn.Title], W("cose")) },
        { "body:\"air base\"", new InColumns([SearchColumn.Body], new Phrase("air base")) },
        { "speaker:Khosravi", new InColumns([SearchColumn.Speaker], W("Khosravi")) },
        { "text:(iran OR syria)", new InColumns([SearchColumn.Text], new Or([W("iran"), W("syria")])) },
        { "{title body}:cose", new InColumns([SearchColumn.Title, SearchColumn.Body], W("cose")) },
        { "syria -title:iran", new Not(W("syria"), new InColumns([SearchColumn.Title], W("iran"))) },
        { "NEAR(iran syria, 5)", new Near([W("iran"), W("syria")], 5) },
        { "NEAR(\"air base\" iran*)", new Near([new Phrase("air base"), W("iran", prefix: true)]) },
        { "  syria   ", W("syria") },
    };

    [Theory]
    [MemberData(nameof(Constructs))]
    public void Parse_EveryConstruct_BuildsTheModel(string typed, SearchExpression expected)
    {
        Assert.Equal(expected, SearchQueryParser.Parse(typed));
    }

    [Theory]
    [InlineData("-iran", "q only excludes (-iran)")]
    [InlineData("NOT iran", "q only excludes (NOT iran)")]
    [InlineData("-iran -russia", "q only excludes (-iran …)")]
    [InlineData("-\"air base\"", "q only excludes (-\"air base\")")]
    [InlineData("syria OR -iran", "q has '-iran' at character 10 with nothing to exclude it from")]
    [InlineData("-iran OR syria", "q has '-iran' at character 1 with nothing to exclude it from")]
    [InlineData("syria (-iran)", "q has '-iran' at character 8 with nothing to exclude it from")]
    [InlineData("syria OR NOT", "q has NOT at character 10 with no term after it to exclude")]
    [InlineData("NOT", "q has NOT at character 1 with no term after it to exclude")]
    [InlineData("syria -", "q has - at character 7 with no term after it to exclude")]
    public void Parse_ExclusionWithNothingToExcludeFrom_SaysWhyAndShowsHow(string typed, string start)
    {
        var e = Assert.Throws<InvalidSearchQueryException>(() => SearchQueryParser.Parse(typed));

        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
        Assert.Contains("syria -iran", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "q has no words to look for")]
    [InlineData("\"unclosed", "q has a \" at character 1 that is never closed")]
    [InlineData("syria \"unclosed -iran", "q has a \" at character 7 that is never closed")]
    [InlineData("(syria", "q has a ( at character 1 that is never closed")]
    [InlineData("syria)", "q has a ) at character 6 with no ( before it")]
    [InlineData(")", "q has a ) at character 1 with no ( before it")]
    [InlineData("syria OR ) iran", "q has OR at character 7 with no term after it")]
    [InlineData("syria ()", "q has () at character 7 with nothing inside")]
    [InlineData("AND", "q has AND at character 1 with no term before it")]
    [InlineData("syria AND", "q has AND at character 7 with no term after it")]
    [InlineData("syria AND OR iran", "q has AND at character 7 with no term after it")]
    [InlineData("OR syria", "q has OR at character 1 with no term before it")]
    [InlineData("syria OR", "q has OR at character 7 with no term after it")]
    [InlineData("(syria OR) iran", "q has OR at character 8 with no term after it")]
    [InlineData("anti-terrorism", "q has - at character 5, which is not part of the search syntax")]
    [InlineData("'; DROP TABLE articles; --", "q has ' at character 1, which is not part of the search syntax")]
    [InlineData("syria -- comment", "q has - at character 8, which is not part of the search syntax")]
    [InlineData("U.S.", "q has . at character 2, which is not part of the search syntax")]
    [InlineData("*", "q has * at character 1 with no word right before it")]
    [InlineData("terror *", "q has * at character 8 with no word right before it")]
    [InlineData("\"\"", "q has an empty phrase at character 1")]
    [InlineData("^iran", "q has ^ at character 1, which this search does not support")]
    [InlineData("terror* + ist", "q has + at character 9, which this search does not support")]
    [InlineData("nosuchcolumn:word", "q filters by nosuchcolumn: at character 1, which is no column")]
    [InlineData("syria 0:word", "q filters by 0: at character 7, which is no column")]
    [InlineData("title:", "q ends where a term should be")]
    [InlineData("title:AND", "q has AND at character 7 where a term should be")]
    [InlineData("title:body:x", "q has a column filter inside another")]
    [InlineData("{title}", "q has { at character 1: a list of columns is written {title body}:")]
    [InlineData("{}:x", "q has { at character 1: a list of columns is written {title body}:")]
    [InlineData("NEAR(iran)", "q has NEAR( at character 1 that is not NEAR(word word …, distance)")]
    [InlineData("NEAR(iran syria, x)", "q has NEAR( at character 1 with no whole number after its comma")]
    [InlineData("NEAR(iran syria, -1)", "q has NEAR( at character 1 with no whole number after its comma")]
    [InlineData("NEAR(iran OR syria)", "q has NEAR( at character 1 that is not NEAR(word word …, distance)")]
    public void Parse_InvalidQuery_SaysWhatIsWrongAndWhere(string typed, string start)
    {
        var e = Assert.Throws<InvalidSearchQueryException>(() => SearchQueryParser.Parse(typed));

        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("syria", "syria")]
    [InlineData("Tehrān", "Tehrān")]
    [InlineData("syria damascus", "syria AND damascus")]
    [InlineData("\"strategic partnership\" OR airbase", "\"strategic partnership\" OR airbase")]
    [InlineData("\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\"")]
    [InlineData("terror* \"strategic part\"*", "terror* AND \"strategic part\"*")]
    [InlineData("Khosravi AND NOT Shamkhani", "Khosravi NOT Shamkhani")]
    [InlineData("-Shamkhani Khosravi", "Khosravi NOT Shamkhani")]
    [InlineData("-iran -russia syria airbase", "(syria AND airbase) NOT (iran OR russia)")]
    [InlineData("a AND b AND NOT c", "(a AND b) NOT c")]
    [InlineData("syria NOT iran OR moscow", "(syria NOT iran) OR moscow")]
    [InlineData("(Moscow OR Damascus) AND partnership", "(Moscow OR Damascus) AND partnership")]
    [InlineData("title:cose", "title:cose")]
    [InlineData("text:(iran OR syria)", "text:(iran OR syria)")]
    [InlineData("{title body}:cose", "{title body}:cose")]
    [InlineData("syria -title:iran", "syria NOT title:iran")]
    [InlineData("NEAR(iran syria, 5)", "NEAR(iran syria, 5)")]
    [InlineData("NEAR(iran \"air base\"*)", "NEAR(iran \"air base\"*, 10)")]
    public void Render_Fts5_WritesTheModelSoFts5ReadsTheSameQuery(string typed, string fts5)
    {
        var query = SearchQueryParser.Parse(typed);

        Assert.Equal(fts5, Fts5Query.Render(query));
        Assert.Equal(query, SearchQueryParser.Parse(fts5));
    }

    [Fact]
    public void Render_Fts5_QuotesWordsFts5WouldReadAsSyntax()
    {
        // built by code rather than parsed: the renderer must not trust its input to be a bareword
        var query = new And([W("NEAR"), W("AND"), W("a\"b"), W("x y", prefix: true), new Phrase("NOT")]);

        Assert.Equal("\"NEAR\" AND \"AND\" AND \"a\"\"b\" AND \"x y\"* AND \"NOT\"", Fts5Query.Render(query));
    }

    [Theory]
    [InlineData("title:cose", "articles", "title:cose")]
    [InlineData("title:cose", "quotes", null)]
    [InlineData("title:cose OR speaker:Khosravi", "articles", "title:cose")]
    [InlineData("title:cose OR speaker:Khosravi", "quotes", "speaker:Khosravi")]
    [InlineData("title:cose speaker:Khosravi", "quotes", null)]
    [InlineData("syria -title:iran", "quotes", "syria")]
    [InlineData("{title text}:cose", "articles", "title:cose")]
    [InlineData("syria", "quotes", "syria")]
    public void For_AnIndex_KeepsWhatItsColumnsCanMatch(string typed, string index, string? fts5)
    {
        var query = SearchQueryParser.Parse(typed);

        Assert.Equal(fts5, Fts5Query.For(query, index == "articles" ? SearchIndex.Articles : SearchIndex.Quotes));
    }

    [Fact]
    public void Render_Fts5_EveryQueryTheParserAccepts_Fts5Runs()
    {
        // random token soup: whatever parses must be a query FTS5 runs, so its syntax errors never reach clients
        string[] pieces = ["syria ", "iran ", "Tehrān ", "syria ", "iran ", "damascus ", "moscow ", "AND ", "OR ", "NOT ", "-", " -", "(", ") ", "\"", "\"air base\" ", "*", "title:",
            "speaker:", "text:", "{title body}:", "NEAR(", ", 5)", ",", " ", " ", "\"x\"\"y\" ", "and ", "^", ":", "."];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE VIRTUAL TABLE articles_fts USING fts5(title, body);
                CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker);
                INSERT INTO articles_fts VALUES ('Syria and Iran', 'an air base near Tehran');
                INSERT INTO quotes_fts VALUES ('Syria said so', 'Keivan Khosravi');
                """;
            create.ExecuteNonQuery();
        }
        var random = new Random(12);
        var accepted = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var typed = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => pieces[random.Next(pieces.Length)]));
            SearchExpression query;
            try { query = SearchQueryParser.Parse(typed); }
            catch (InvalidSearchQueryException) { continue; }
            accepted++;
            foreach (var (index, table) in new[] { (SearchIndex.Articles, "articles_fts"), (SearchIndex.Quotes, "quotes_fts") })
            {
                if (Fts5Query.For(query, index) is not { } match) continue;
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM {table} WHERE {table} MATCH $q";
                command.Parameters.AddWithValue("$q", match);
                var error = Record.Exception(() => command.ExecuteScalar());
                Assert.True(error is null, $"{typed} → {match}: {error?.Message}");
            }
        }
        Assert.True(accepted > 1000, $"only {accepted} of the random queries parsed");
    }
}
