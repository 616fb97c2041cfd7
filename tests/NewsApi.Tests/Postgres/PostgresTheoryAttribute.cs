namespace NewsApi.Tests.Postgres;

/// <summary>A theory that needs PostgreSQL, skipped or failed exactly as a <see cref="PostgresFactAttribute"/> is.</summary>
public sealed class PostgresTheoryAttribute : Xunit.TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresFactAttribute.SkipReason(PostgresCluster.Missing, PostgresCluster.Required);
}
