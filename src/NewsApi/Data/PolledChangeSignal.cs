using System.Diagnostics;

namespace NewsApi.Data;

/// <summary>
/// An <see cref="IDataChangeSignal"/> that asks the database for a version number on a connection of its own. Asking on
/// every request would serialise requests on that one connection, so an answer is reused for <see cref="MaxStaleness"/>
/// (<see cref="RecheckAfter"/> unless <c>NewsApi:Database:ChangeCheckMilliseconds</c> says otherwise), except that
/// <see cref="DatabaseWriter"/> reports each of this process's writes through <see cref="Changed"/>: this process's own
/// writes are seen by the very next read, another process's within <see cref="MaxStaleness"/>.
/// A version is trusted from the moment its read <i>started</i>: a value kept at time t was asked for after t minus
/// <see cref="MaxStaleness"/>. On PostgreSQL the writer waits that long after each commit before acknowledging it
/// (<see cref="DatabaseWriter"/>), so after a 2xx no process can still hold a version read before that commit.
/// A provider supplies how the version is read and how its connection is closed.
/// </summary>
public abstract class PolledChangeSignal(TimeSpan? recheckAfter = null) : IDataChangeSignal, IDisposable
{
    /// <summary>The default for how long a version read from the database is trusted when this process has not written.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromMilliseconds(50);

    readonly long _recheckAfterTicks = (long)((recheckAfter ?? RecheckAfter).TotalSeconds * Stopwatch.Frequency);

    public TimeSpan MaxStaleness { get; } = recheckAfter ?? RecheckAfter;

    readonly Lock _lock = new();
    long _value;
    long _freshUntil = long.MinValue;
    bool _disposed;

    /// <summary>Whether a version can be known at all (not for an in-memory SQLite database no second connection sees).</summary>
    protected virtual bool CanKnow => true;

    /// <summary>Reads the version on the signal's own connection, opening it when needed; called under the lock.</summary>
    protected abstract long ReadVersion();

    /// <summary>Closes the signal's own connection; called under the lock.</summary>
    protected abstract void CloseConnection();

    /// <summary>The current version: a different value means something was committed since; null when none can be known.</summary>
    public long? Current()
    {
        if (!CanKnow) return null;
        if (Stopwatch.GetTimestamp() < Volatile.Read(ref _freshUntil)) return Volatile.Read(ref _value);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // timed from before the read, so a commit the read just missed is seen no later than MaxStaleness after it
            var asked = Stopwatch.GetTimestamp();
            if (asked >= _freshUntil)
            {
                Volatile.Write(ref _value, ReadVersion());
                Volatile.Write(ref _freshUntil, asked + _recheckAfterTicks);
            }
            return _value;
        }
    }

    /// <summary>
    /// Called after a write by this process: the next <see cref="Current"/> asks the database again. Taken under the
    /// lock, so a version read before the commit cannot be stored as fresh after it.
    /// </summary>
    public void Changed()
    {
        lock (_lock) Volatile.Write(ref _freshUntil, long.MinValue);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            CloseConnection();
        }
        GC.SuppressFinalize(this);
    }
}
