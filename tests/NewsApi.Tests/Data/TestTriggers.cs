using System.Data.Common;
using Dapper;

namespace NewsApi.Tests.Data;

/// <summary>A trigger that refuses some rows, written for the provider the suite runs on: how a test makes one write fail in the database.</summary>
static class TestTriggers
{
    /// <summary>
    /// Makes every insert into <paramref name="table"/> of a row for which <paramref name="when"/> holds (a condition on
    /// <c>NEW</c>; <c>true</c> for every row) fail with <paramref name="message"/>, as a constraint would refuse it.
    /// </summary>
    public static Task RefuseInsertsAsync(DbConnection connection, string table, string when, string message) =>
#if NEWSAPI_POSTGRES
        connection.ExecuteAsync($"""
            CREATE FUNCTION refuse_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF {when} THEN RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation'; END IF;
                RETURN NEW;
            END
            $$;
            CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_{table}();
            """);
#else
        connection.ExecuteAsync($"CREATE TRIGGER refuse_{table} BEFORE INSERT ON {table} WHEN {when} BEGIN SELECT RAISE(ABORT, '{message}'); END");
#endif
}
