using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NewsApi.Observability;

/// <summary>The service's own instruments (meter <c>NewsApi</c>), exported at <c>/metrics</c>.</summary>
public sealed class NewsMetrics
{
    public const string MeterName = "NewsApi";

    readonly Counter<long> _requests;
    readonly Histogram<double> _duration;
    readonly Counter<long> _ingests;
    readonly Counter<long> _rateLimited;
    readonly Counter<long> _databaseReads;

    public NewsMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("newsapi.requests", "{request}", "HTTP requests answered, by method, route and status");
        _duration = meter.CreateHistogram<double>("newsapi.request.duration", "s", "Time to answer an HTTP request",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _ingests = meter.CreateCounter<long>("newsapi.ingests", "{article}", "Articles written through the API, by outcome (created, duplicate, replaced, deleted)");
        _rateLimited = meter.CreateCounter<long>("newsapi.rate_limited", "{request}", "Requests refused by a rate limit, by budget (read, write)");
        _databaseReads = meter.CreateCounter<long>("newsapi.db.reads", "{connection}", "Read connections opened with a read replica configured, by target (standby, primary)");
    }

    public void Request(string method, string route, int status, TimeSpan elapsed)
    {
        var tags = new TagList { { "method", method }, { "route", route }, { "status", Boxed(status) } };
        _requests.Add(1, tags);
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    // a tag value is an object: the statuses HTTP defines, boxed once rather than on every request
    static readonly object[] Statuses = [.. Enumerable.Range(0, 600).Select(s => (object)s)];

    static object Boxed(int status) => (uint)status < (uint)Statuses.Length ? Statuses[status] : status;

    public void Ingest(string outcome) => _ingests.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void DatabaseRead(string target) => _databaseReads.Add(1, new KeyValuePair<string, object?>("target", target));

    public void RateLimited(bool write) => _rateLimited.Add(1, new KeyValuePair<string, object?>("budget", write ? "write" : "read"));
}
