using System.Diagnostics;
using NewsApi.Data;

namespace NewsApi.Tests.Data;

/// <summary>
/// What every <see cref="IDataChangeSignal"/> promises, checked against a real database. A provider's tests derive
/// from this and say how to start a database with a table <c>t (x INTEGER)</c>, how this process's writer commits (and
/// reports), and how someone else commits without telling anyone. The facts are virtual so that a provider whose
/// database may be missing overrides each with its own gating attribute (<c>[PostgresFact]</c>) and calls the base.
/// </summary>
public abstract class DataChangeSignalContract : IAsyncLifetime
{
    protected IDataChangeSignal Signal { get; private set; } = null!;

    protected abstract Task<IDataChangeSignal> StartAsync();

    /// <summary>Runs the statement through this process's writer, which reports it to the signal.</summary>
    protected abstract Task WriteAsync(string sql);

    /// <summary>Commits the statement on a connection of its own that nobody reports, as another process would.</summary>
    protected abstract Task CommitElsewhereAsync(string sql);

    protected abstract Task StopAsync();

    public async Task InitializeAsync() => Signal = await StartAsync();

    public Task DisposeAsync() => StopAsync();

    // measured with the same clock a signal may use, not a timer that may fire a little early
    static async Task WaitAtLeast(TimeSpan span)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < span) await Task.Delay(TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public virtual async Task TheToken_StaysWhileNothingIsCommitted()
    {
        var first = Signal.Current();
        Assert.NotNull(first);

        await WaitAtLeast(Signal.MaxStaleness * 2);

        Assert.Equal(first, Signal.Current());
    }

    [Fact]
    public virtual async Task EveryCommitByThisProcesssWriter_IsSeenByTheVeryNextRead_WithATokenNotSeenBefore()
    {
        var seen = new List<long?> { Signal.Current() };
        for (var i = 0; i < 10; i++)
        {
            // asked just before, so an answer kept for MaxStaleness would still be the old one
            Signal.Current();
            await WriteAsync($"INSERT INTO t VALUES ({i})");
            var now = Signal.Current();
            Assert.DoesNotContain(now, seen);
            seen.Add(now);
        }
    }

    [Fact]
    public virtual async Task ACommitElsewhere_IsSeenByEveryReadThatStartsMaxStalenessAfterIt()
    {
        var before = Signal.Current();

        await CommitElsewhereAsync("INSERT INTO t VALUES (1)");
        await WaitAtLeast(Signal.MaxStaleness);

        var after = Signal.Current();
        Assert.NotEqual(before, after);
        Assert.Equal(after, Signal.Current());
    }

    [Fact]
    public virtual async Task ReadsFromManyThreads_NeverHideAWriteThatReturned()
    {
        using var stop = new CancellationTokenSource();
        // threads of their own: four spinning pool threads would starve the writer's async continuations
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested) Signal.Current();
        }, TaskCreationOptions.LongRunning)).ToList();

        try
        {
            for (var i = 0; i < 20; i++)
            {
                var before = Signal.Current();
                await WriteAsync($"INSERT INTO t VALUES ({i})");
                Assert.NotEqual(before, Signal.Current());
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(readers);
        }
    }
}
