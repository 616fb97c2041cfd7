namespace NewsApi.Tests.Postgres;

/// <summary>
/// A test that needs PostgreSQL: skipped, with the reason, on a machine without it, unless
/// <see cref="PostgresCluster.RequireVariable"/> is set, when it runs and fails with that reason.
/// </summary>
public sealed class PostgresFactAttribute : Xunit.FactAttribute
{
    public PostgresFactAttribute() => Skip = SkipReason(PostgresCluster.Missing, PostgresCluster.Required);

    public static string? SkipReason(string? missing, bool required) =>
        missing is null || required ? null : $"{missing}; set {PostgresCluster.RequireVariable}=1 to make this a failure";
}
