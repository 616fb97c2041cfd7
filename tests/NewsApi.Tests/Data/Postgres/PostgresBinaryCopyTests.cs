using Dapper;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Postgres;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>The bulk form of a prepared insert: rows copied with binary COPY land as the INSERT statement would put them.</summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresBinaryCopyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    const string Insert = "INSERT INTO copied (id, label, score, note) VALUES (@Id, @Label, @Score, @Note)";

    sealed record Row
    {
        public required long Id { get; init; }
        public required int Score { get; init; }
        public required string Label { get; init; }
        public required string? Note { get; init; }
    }

    [PostgresFact]
    public async Task Rows_LandInTheColumnsTheInsertNames_WhateverTheirPropertyOrder_NullsAndIntsIncluded()
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync("DROP TABLE IF EXISTS copied; CREATE TABLE copied (id bigint PRIMARY KEY, label text NOT NULL, score bigint NOT NULL, note text)");
        await using var tx = await connection.BeginTransactionAsync();

        var copied = await PostgresBinaryCopy<Row>.WriteAsync(connection, Insert,
            [new Row { Id = 1, Score = 7, Label = "one", Note = null }, new Row { Id = 2, Score = -3, Label = "two", Note = "n" }], CancellationToken.None);
        await tx.CommitAsync();

        Assert.Equal(2UL, copied);
        Assert.Equal([(1L, "one", 7L, (string?)null), (2L, "two", -3L, "n")],
            await connection.QueryAsync<(long, string, long, string?)>("SELECT id, label, score, note FROM copied ORDER BY id"));
    }

    [PostgresFact]
    public async Task AStatementThatDoesNotFitTheRow_IsRefusedBeforeAnythingIsSent()
    {
        await using var connection = await database.OpenAsync();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => PostgresBinaryCopy<Row>.WriteAsync(connection,
            "INSERT INTO copied (id, label, score) VALUES (@Id, @Label, @Score)", [new Row { Id = 1, Score = 1, Label = "x", Note = null }], CancellationToken.None));

        Assert.Contains("Note", e.Message, StringComparison.Ordinal);
    }
}
