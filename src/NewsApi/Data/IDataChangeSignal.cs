namespace NewsApi.Data;

/// <summary>
/// Tells readers whether the database may have changed, so that answers built from it can be reused until it has.
/// Every provider implements it (SQLite: <see cref="DataVersion"/>); the response cache depends on nothing else.
/// <para>What an implementation guarantees:</para>
/// <list type="number">
/// <item><b>Read your writes.</b> A commit by this process's writer, reported through <see cref="Changed"/> before the
/// write returns, makes the very next <see cref="Current"/> return a token different from every token returned before.</item>
/// <item><b>Bounded staleness.</b> A commit by any other connection or process (a second instance, the <c>import</c>
/// command, a SQL shell) is reflected in every <see cref="Current"/> that starts <see cref="MaxStaleness"/> or more
/// after that commit completed.</item>
/// <item><b>No false reuse.</b> A token, once replaced, never comes back while this object lives: an answer stored
/// under an old token can never be served as current.</item>
/// <item><b>Cheap and thread-safe.</b> <see cref="Current"/> is called on every cacheable GET, from many threads.</item>
/// </list>
/// A token may change without a commit (a report of a write that rolled back, a reconnect): that only costs a rebuild.
/// </summary>
public interface IDataChangeSignal
{
    /// <summary>How long after another process's commit a <see cref="Current"/> may still return the older token.</summary>
    TimeSpan MaxStaleness { get; }

    /// <summary>
    /// An opaque token for the data as it is now: a different value means something was committed since. Null when
    /// no token can be known (e.g. an in-memory SQLite database): then nothing may be cached.
    /// </summary>
    long? Current();

    /// <summary>
    /// Reported by this process's writer after each write, committed or not, before the write returns to its caller.
    /// </summary>
    void Changed();
}
