using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;

namespace NewsApi.Bench;

/// <summary>
/// How tidy the entity list is after a corpus is ingested through the import pipeline (the API's): names held by
/// several entities (as a name, or as a name or alias) and names that begin with a function word, with examples.
/// Takes a .jsonl of articles (the import format), or generates ARTICLES synthetic ones.
/// </summary>
static class EntityBench
{
    public static async Task<int> RunAsync(string? input)
    {
        var dir = Directory.CreateTempSubdirectory("newsapi-entities-").FullName;
        try
        {
            var jsonl = input is not null && File.Exists(input) ? input : Path.Combine(dir, "corpus.jsonl");
            if (jsonl != input) new CorpusGenerator(seed: 11).WriteJsonl(jsonl, input is null ? 600 : int.Parse(input));
            var db = Path.Combine(dir, "news.db");
            var exit = await ImportCommand.RunAsync([jsonl], TextWriter.Null, Console.Error, interactive: false,
                new Dictionary<string, string?> { ["ConnectionStrings:News"] = $"Data Source={db}" });
            if (exit != 0) Console.WriteLine("(some articles failed to import)");

            await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
            var articles = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles");
            var entities = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM entities");
            var byName = (await connection.QueryAsync<(string Name, string Holders)>(SharedNames)).AsList();
            var byNameOrAlias = (await connection.QueryAsync<(string Name, string Holders)>(SharedNamesOrAliases)).AsList();
            var functionWord = (await connection.QueryAsync<string>(FunctionWordNames)).AsList();

            Console.WriteLine($"{articles} articles, {entities} entities");
            Console.WriteLine($"names held by several entities: {byName.Count}");
            foreach (var (name, holders) in byName.Take(15)) Console.WriteLine($"  {name}: {holders}");
            Console.WriteLine($"names or aliases held by several entities: {byNameOrAlias.Count}");
            foreach (var (name, holders) in byNameOrAlias.Take(15)) Console.WriteLine($"  {name}: {holders}");
            Console.WriteLine($"names beginning with a function word: {functionWord.Count}");
            foreach (var name in functionWord.Take(15)) Console.WriteLine($"  {name}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    const string SharedNames = """
        SELECT min(name) AS Name, group_concat(type || ' #' || id, ', ') AS Holders
        FROM entities GROUP BY name COLLATE NOCASE HAVING COUNT(*) > 1
        ORDER BY COUNT(*) DESC, Name
        """;

    const string SharedNamesOrAliases = """
        WITH names (id, name) AS (SELECT id, name FROM entities UNION SELECT entity_id, alias FROM entity_aliases)
        SELECT min(n.name) AS Name, group_concat(e.type || ' ' || e.name || ' #' || e.id, ', ') AS Holders
        FROM names n JOIN entities e ON e.id = n.id
        GROUP BY n.name COLLATE NOCASE HAVING COUNT(DISTINCT n.id) > 1
        ORDER BY COUNT(DISTINCT n.id) DESC, Name
        """;

    // a lower-case first word from the list, a capitalised "Of"/"For", or a name that is one function word
    const string FunctionWordNames = """
        SELECT type || ' ' || name FROM entities
        WHERE lower(name) IN ('of', 'for', 'de', 'the', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'by', 'from', 'with')
           OR name GLOB 'of *' OR name GLOB 'for *' OR name GLOB 'de *' OR name GLOB 'the *' OR name GLOB 'and *'
           OR name GLOB 'in *' OR name GLOB 'on *' OR name GLOB 'at *' OR name GLOB 'to *' OR name GLOB 'a *'
           OR name GLOB 'Of *' OR name GLOB 'For *'
        ORDER BY name
        """;
}
