using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsApi.Tests;

/// <summary>Keeps every log entry of an app, at every level, with its message and structured values.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    /// <summary>Adds this capture to an app, below every configured level.</summary>
    public void AttachTo(IWebHostBuilder builder) => builder.ConfigureServices(services => services.AddLogging(logging =>
    {
        logging.AddProvider(this);
        // a rule for this provider beats any category rule from configuration, so Trace really is Trace
        logging.AddFilter<LogCapture>(null, LogLevel.Trace);
    }));

    sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            // values are read now: some (the request's) cannot be read once the request is over
            capture.Entries.Enqueue((category, logLevel, formatter(state, exception) + exception,
                state is IReadOnlyList<KeyValuePair<string, object?>> values ? [.. values] : []));
    }
}
