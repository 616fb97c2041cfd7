namespace NewsApi.Export;

internal static class ExportSql
{
    // Keyset by id: each page is a short query, so the export never holds a read transaction open for long
    public const string IdsAfter = "SELECT id FROM articles WHERE id > @After ORDER BY id LIMIT @Take";
}
