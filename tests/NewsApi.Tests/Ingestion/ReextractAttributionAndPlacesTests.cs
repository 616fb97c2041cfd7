using Dapper;
using Microsoft.Data.Sqlite;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Ingestion;

/// <summary>The command-line write paths store attribution and places: import, and re-extraction of older annotations.</summary>
public sealed class ReextractAttributionAndPlacesTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("newsapi-reextract-").FullName;
    string ConnectionString => $"Data Source={Path.Combine(_dir, "news.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    async Task<string> Run(params string[] args)
    {
        var output = new StringWriter();
        var exit = await ImportCommand.RunAsync(args, output, new StringWriter(), interactive: false,
            new Dictionary<string, string?> { ["ConnectionStrings:News"] = ConnectionString });
        Assert.Equal(0, exit);
        return output.ToString();
    }

    async Task<(string? Attribution, double? Latitude, string? GeoNamesId)> Stored()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        return await connection.QuerySingleAsync<(string?, double?, string?)>("""
            SELECT (SELECT attribution FROM quotes WHERE text = 'the harvest will recover by March'),
                   (SELECT latitude FROM entities WHERE name = 'Nairobi'), (SELECT geonames_id FROM entities WHERE name = 'Nairobi')
            """);
    }

    [Fact]
    public async Task ImportThenReextract_StoreStanceAndPlace_WhereOlderAnnotationsHadNone()
    {
        var file = Path.Combine(_dir, "harvest.txt");
        await File.WriteAllTextAsync(file, "Kenya waits for rain\n\nFarmers waited for rain near Nairobi.\n\n"
            + "Maria Lopez, the agriculture minister, believes the harvest will recover by March.");
        await Run(file);
        Assert.Equal(("stance", -1.28333, "184745"), await Stored());

        await using (var connection = new SqliteConnection(ConnectionString))
            await connection.ExecuteAsync("""
                UPDATE quotes SET attribution = 'statement';
                UPDATE entities SET geonames_id = NULL, country_code = NULL, latitude = NULL, longitude = NULL;
                UPDATE articles SET annotator = 'newsapi-extractor/0.0' WHERE annotator <> 'curated';
                """);
        Assert.Equal(("statement", null, null), await Stored());

        Assert.Contains("re-extracted 1 articles", await Run("--reextract"), StringComparison.Ordinal);
        Assert.Equal(("stance", -1.28333, "184745"), await Stored());
    }
}
