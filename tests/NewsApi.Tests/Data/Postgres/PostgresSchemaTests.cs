using Dapper;
using NewsApi.Data.Postgres;
using NewsApi.Tests.Postgres;
using Npgsql;

namespace NewsApi.Tests.Data.Postgres;

/// <summary>The schema every test database starts with: the template, with every PostgreSQL migration applied.</summary>
[Collection(PostgresServer.Collection)]
[Trait("Category", "Slow")]
public sealed class PostgresSchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [PostgresFact]
    public async Task TestDatabase_StartsWithEveryMigrationApplied()
    {
        await using var connection = await database.OpenAsync();

        var recorded = await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version");
        var tables = await connection.QueryAsync<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");

        Assert.Equal(PostgresMigrationRunner.Embedded.Select(m => (long)m.Version), recorded);
        Assert.Equal(["api_keys", "article_documents", "article_stats", "articles", "data_version", "entities", "entity_aliases", "entity_types", "mentions", "paragraphs", "quotes", "rate_limits", "schema_migrations"], tables);
    }

    [PostgresFact]
    public async Task SearchVectors_HaveGinIndexes()
    {
        await using var connection = await database.OpenAsync();

        var gin = await connection.QueryAsync<(string, string)>(
            "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%USING gin (search)' ORDER BY tablename");

        Assert.Equal([("articles", "ix_articles_search"), ("quotes", "ix_quotes_search")], gin);
    }

    [PostgresFact]
    public async Task Names_HaveCaseInsensitiveIndexes()
    {
        await using var connection = await database.OpenAsync();

        var definitions = (await connection.QueryAsync<(string, string)>(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname = ANY(@names)",
            new { names = new[] { "ux_entities_type_name", "ix_entities_name", "ux_entity_aliases", "ix_entities_surname" } }))
            .ToDictionary(r => r.Item1, r => r.Item2);

        Assert.Contains("UNIQUE INDEX ux_entities_type_name ON public.entities USING btree (type, lower(name))", definitions["ux_entities_type_name"], StringComparison.Ordinal);
        Assert.Contains("(lower(name), id)", definitions["ix_entities_name"], StringComparison.Ordinal);
        Assert.Contains("UNIQUE INDEX ux_entity_aliases ON public.entity_aliases USING btree (entity_id, lower(alias))", definitions["ux_entity_aliases"], StringComparison.Ordinal);
        Assert.Contains("(lower(surname))", definitions["ix_entities_surname"], StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task EntityName_IsUniquePerTypeWithoutRegardToAsciiCase_AsSqlitesNocase()
    {
        await using var connection = await database.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        const string insert = "INSERT INTO entities (name, type, created_at) VALUES (@name, @type, now())";
        await connection.ExecuteAsync(insert, new { name = "Amina Wekesa", type = "person" }, tx);
        await connection.ExecuteAsync(insert, new { name = "AMINA WEKESA", type = "organization" }, tx);
        // NOCASE folds A-Z only; so does lower() under COLLATE "C": these are two names on both providers
        await connection.ExecuteAsync(insert, new { name = "École", type = "other" }, tx);
        await connection.ExecuteAsync(insert, new { name = "école", type = "other" }, tx);

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(insert, new { name = "amina wekesa", type = "person" }, tx));

        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ux_entities_type_name"), (duplicate.SqlState, duplicate.ConstraintName));
    }

    [PostgresFact]
    public async Task CaseInsensitiveLookups_ByNameAliasAndSurname_UseTheirIndexes()
    {
        await using var connection = await database.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO entities (name, type, created_at)
            SELECT 'Person ' || n, 'person', now() FROM generate_series(1, 5000) n;
            INSERT INTO entity_aliases (entity_id, alias) SELECT id, 'P' || id FROM entities;
            ANALYZE entities; ANALYZE entity_aliases;
            """, transaction: tx);

        var byName = await PlanAsync(connection, tx, "SELECT id FROM entities WHERE lower(name) = lower(@value)", "Person 42");
        var byAlias = await PlanAsync(connection, tx, "SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower(@value)", "p42");
        var bySurname = await PlanAsync(connection, tx, "SELECT id FROM entities WHERE lower(surname) = lower(@value)", "42");

        Assert.Contains("using ix_entities_name on entities", byName, StringComparison.Ordinal);
        Assert.Contains("using ix_entity_aliases_alias on entity_aliases", byAlias, StringComparison.Ordinal);
        Assert.Contains("using ix_entities_surname on entities", bySurname, StringComparison.Ordinal);
        Assert.All(new[] { byName, byAlias, bySurname }, plan => Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task SearchVectors_FollowTheirRows_TitleAboveBody_SpeakerByItsEntitysCurrentName()
    {
        await using var connection = await database.OpenAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var speaker = await connection.ExecuteScalarAsync<long>(
            "INSERT INTO entities (name, type, created_at) VALUES ('Keivan Khosravi', 'person', now()) RETURNING id", transaction: tx);
        var article = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO articles (slug, title, body, published_at, date_source, content_hash, annotator, created_at, updated_at)
            VALUES ('airbase', 'Russia uses Iranian airbase', 'Bombers flew from Hamédan, a spokesman said.', now(), 'text', 'hash-airbase', 'test', now(), now())
            RETURNING id
            """, transaction: tx);
        await connection.ExecuteAsync("""
            INSERT INTO quotes (article_id, paragraph_index, kind, start_offset, end_offset, text, cue_text, cue_start, cue_end, speaker_name, speaker_entity_id)
            VALUES (@article, 0, 'direct', 0, 10, 'Our capacities are sufficient', 'said', 11, 15, 'he', @speaker)
            """, new { article, speaker }, tx);

        async Task<long> CountAsync(string table, string query) => await connection.ExecuteScalarAsync<long>(
            $"SELECT count(*) FROM {table} WHERE search @@ to_tsquery('newsapi', @query)", new { query }, tx);

        Assert.Equal((1L, 1L, 0L, 1L), (await CountAsync("articles", "airbase:A"), await CountAsync("articles", "hamedan:B"),
            await CountAsync("articles", "hamedan:A"), await CountAsync("articles", "iran:*")));
        Assert.Equal((1L, 1L, 0L), (await CountAsync("quotes", "capacities:A"), await CountAsync("quotes", "khosravi:B"), await CountAsync("quotes", "khosravi:A")));

        await connection.ExecuteAsync("UPDATE entities SET name = 'Keivan Khosrowi' WHERE id = @speaker", new { speaker }, tx);
        await connection.ExecuteAsync("UPDATE articles SET title = 'Russia leaves Iranian base' WHERE id = @article", new { article }, tx);

        Assert.Equal((0L, 1L), (await CountAsync("quotes", "khosravi"), await CountAsync("quotes", "khosrowi:B")));
        Assert.Equal((0L, 1L), (await CountAsync("articles", "airbase"), await CountAsync("articles", "leaves:A")));
    }

    static async Task<string> PlanAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, string value) =>
        string.Join('\n', await connection.QueryAsync<string>($"EXPLAIN {sql}", new { value }, tx));

    // rate_limits is bookkeeping too: it holds nothing a cached answer depends on, and every limited request writes it (0009)
    [PostgresFact]
    public async Task EveryTableButTheBookkeeping_HasTheDataVersionTrigger()
    {
        await using var connection = await database.OpenAsync();

        var missing = await connection.QueryAsync<string>("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname NOT IN ('schema_migrations', 'data_version', 'rate_limits')
              AND NOT EXISTS (SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                              WHERE t.tgrelid = c.oid AND p.proname = 'bump_data_version' AND t.tgenabled = 'O')
            ORDER BY c.relname
            """);

        Assert.Empty(missing);
    }

    [PostgresFact]
    public async Task ATransactionThatWrites_BumpsTheDataVersionOnce_AndOneThatRollsBackDoesNot()
    {
        await using var connection = await database.OpenAsync();
        var before = await connection.ExecuteScalarAsync<long>("SELECT version FROM data_version");

        await using (var tx = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("INSERT INTO entity_types (name) VALUES ('bump_a')", transaction: tx);
            await connection.ExecuteAsync("UPDATE entity_types SET name = 'bump_b' WHERE name = 'bump_a'", transaction: tx);
            await connection.ExecuteAsync("DELETE FROM entity_types WHERE name = 'bump_b'", transaction: tx);
            await tx.CommitAsync();
        }
        var afterCommit = await connection.ExecuteScalarAsync<long>("SELECT version FROM data_version");
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("INSERT INTO entity_types (name) VALUES ('bump_c')", transaction: tx);
            await tx.RollbackAsync();
        }

        Assert.Equal(before + 1, afterCommit);
        Assert.Equal(afterCommit, await connection.ExecuteScalarAsync<long>("SELECT version FROM data_version"));
    }
}
