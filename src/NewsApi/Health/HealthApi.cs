using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsApi.Data;

namespace NewsApi.Health;

/// <summary>Service health: the database answers and every migration this build knows is applied.</summary>
public sealed record HealthReport(string Status, string Database, int MigrationsApplied, int MigrationsKnown);

/// <summary>The process is up and answering.</summary>
public sealed record Liveness(string Status);

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithTags("Health")
            .WithName("GetHealth")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Is the service able to serve?")
            .WithDescription("Queries the database and checks that its schema is up to date. 200 with status \"healthy\", or 503 problem+json saying what is wrong. Used by the container healthcheck.");

        var probes = app.MapGroup("/health").WithTags("Health");
        probes.MapGet("/live", GetLiveness)
            .WithName("GetLiveness")
            .WithSummary("Is the process up?")
            .WithDescription("Always 200 while the process answers; touches nothing else. For a liveness probe: restart the process when this fails.");
        probes.MapGet("/ready", GetHealth)
            .WithName("GetReadiness")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Can the service take traffic?")
            .WithDescription("The database answers and every migration this build knows is applied: 200 with status \"healthy\", else 503 problem+json saying what is wrong. For a readiness probe: send no traffic while this fails. Same check as `/health`.");
        return app;
    }

    internal static Ok<Liveness> GetLiveness() => TypedResults.Ok(new Liveness("live"));

    internal static async Task<Results<Ok<HealthReport>, ProblemHttpResult>> GetHealth(
        IDbConnectionFactory connections, ISchemaMigrator migrations, IDataErrorTranslator errors, ILogger<HealthReport> logger, CancellationToken ct)
    {
        var known = migrations.Known;
        try
        {
            await using var connection = await connections.OpenReadAsync(ct);
            var applied = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_migrations", cancellationToken: ct));
            if (applied < known)
                return Unhealthy($"The database schema is behind: {applied} of {known} migrations applied.");
            return TypedResults.Ok(new HealthReport("healthy", "ok", applied, known));
        }
        // whatever the database says (unreachable, locked, unmigrated), it cannot serve; anything else is a bug: a 500
        catch (Exception e) when (errors.Translate(e) is not null)
        {
            logger.LogError(e, "Health check failed");
            return Unhealthy("The database cannot be queried.");
        }
    }

    static ProblemHttpResult Unhealthy(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service Unavailable");
}
