using NewsApi.Tests.Postgres;

namespace NewsApi.Tests;

// The shared test files say [Fact] and [Theory]. Compiled here, inside namespace NewsApi.Tests, those names find these
// attributes before Xunit's (a type of an enclosing namespace wins over a using directive), so every test of the
// PostgreSQL build skips itself, with the reason, on a machine without PostgreSQL — and fails instead when
// NEWSAPI_REQUIRE_POSTGRES=1.

/// <summary>A shared test, run against PostgreSQL when the machine has it.</summary>
public sealed class FactAttribute : Xunit.FactAttribute
{
    public FactAttribute() => Skip = PostgresFactAttribute.SkipReason(PostgresCluster.Missing, PostgresCluster.Required);
}

/// <summary>A shared theory, run against PostgreSQL when the machine has it.</summary>
public sealed class TheoryAttribute : Xunit.TheoryAttribute
{
    public TheoryAttribute() => Skip = PostgresFactAttribute.SkipReason(PostgresCluster.Missing, PostgresCluster.Required);
}
