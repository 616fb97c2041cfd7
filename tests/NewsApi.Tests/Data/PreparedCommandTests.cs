using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Articles;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>The hot inserts bind every value by name from a typed row, and a row that does not fit its statement is refused.</summary>
public sealed class PreparedCommandTests
{
    [Fact]
    public void EveryInsertOfAnArticleWrite_TakesExactlyThePropertiesOfItsRow()
    {
        Assert.Null(PreparedCommand<ArticleWriteSql.ParagraphRow>.Mismatch(ArticleWriteSql.InsertParagraph));
        Assert.Null(PreparedCommand<ArticleWriteSql.MentionRow>.Mismatch(ArticleWriteSql.InsertMention));
        Assert.Null(PreparedCommand<ArticleWriteSql.QuoteRow>.Mismatch(ArticleWriteSql.InsertQuote));
    }

    [Fact]
    public void ARowThatDoesNotFitItsStatement_IsNamedInTheMismatch()
    {
        var mismatch = PreparedCommand<ArticleWriteSql.ParagraphRow>.Mismatch(ArticleWriteSql.InsertMention);

        Assert.NotNull(mismatch);
        Assert.Contains("EntityId", mismatch, StringComparison.Ordinal);
        Assert.Contains("Index", mismatch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_AreBoundByName_WhateverTheOrderOfTheRowsProperties()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE t (a TEXT, b TEXT, n INTEGER)");
        await using var tx = await connection.BeginTransactionAsync();

        await using (var insert = new PreparedCommand<Reversed>(connection, tx, "INSERT INTO t (a, b, n) VALUES (@A, @B, @N)"))
        {
            await insert.ExecuteAsync(new Reversed { N = null, B = "second", A = "first" }, CancellationToken.None);
            await insert.ExecuteAsync(new Reversed { N = 3, B = "b", A = "a" }, CancellationToken.None);
        }

        var rows = (await connection.QueryAsync<(string A, string B, long? N)>("SELECT a, b, n FROM t ORDER BY rowid", transaction: tx)).ToList();
        Assert.Equal([("first", "second", null), ("a", "b", 3L)], rows);
    }

    [Fact]
    public async Task ARowMissingAParameter_IsRefusedBeforeAnythingRuns()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();

        var error = Assert.Throws<InvalidOperationException>(() => new PreparedCommand<Reversed>(connection, tx, "SELECT @A, @B, @N, @Extra"));
        Assert.Contains("Extra", error.Message, StringComparison.Ordinal);
    }

    sealed record Reversed
    {
        public required long? N { get; init; }
        public required string B { get; init; }
        public required string A { get; init; }
    }
}
