using System.Globalization;
using System.Security.Cryptography;

namespace ChandlerLoop.Protocol.Commands;

/// <summary>
/// Makes command ids that are never reused (docs/protocol.md: "The host never reuses an id"), at most
/// 39 characters of the allowed <c>A-Za-z0-9-_</c>: <c>c{yyMMddHHmmss}-{tag}-{n}</c>, e.g.
/// <c>c261121221530-k3x9q-17</c>. Within one generator the counter <c>n</c> makes ids unique; across
/// host restarts and several host processes the start time (UTC, to the second) and a random 5-character
/// tag (36⁵ ≈ 6·10⁷ values) do. Thread-safe.
/// </summary>
public sealed class CommandIdGenerator
{
    /// <summary>Length of the instance tag.</summary>
    public const int TagLength = 5;

    private const string TagAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly string _prefix;
    private long _counter;

    /// <summary>A generator started now with a random tag.</summary>
    public CommandIdGenerator()
        : this(DateTimeOffset.UtcNow, RandomNumberGenerator.GetString(TagAlphabet, TagLength))
    {
    }

    /// <summary>A generator with a given start time and tag (for tests and reproducible tools).</summary>
    /// <param name="startedAt">When this host instance started; written in UTC to the second.</param>
    /// <param name="instanceTag">Exactly <see cref="TagLength"/> characters of <c>a-z0-9</c>.</param>
    public CommandIdGenerator(DateTimeOffset startedAt, string instanceTag)
    {
        ArgumentNullException.ThrowIfNull(instanceTag);
        if (instanceTag.Length != TagLength || instanceTag.Any(c => !TagAlphabet.Contains(c, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The instance tag must be {TagLength} characters of a-z and 0-9.", nameof(instanceTag));
        }

        _prefix = "c" + startedAt.UtcDateTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + instanceTag + "-";
    }

    /// <summary>The next id; ids from one generator are all distinct.</summary>
    public string Next()
    {
        var n = Interlocked.Increment(ref _counter);
        return _prefix + n.ToString(CultureInfo.InvariantCulture);
    }
}
