using System.Text;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// Numbers in the protocol's canonical form (docs/protocol.md, "Canonical form"): rounded half away from
/// zero to a fixed number of decimals, computed as ⌊|x|·10^d + 0.5⌋ exactly as the rig's encoder does, then
/// the shortest text: no trailing zeros, no trailing point, no exponent, no <c>+</c>, no <c>-0</c>. Values
/// whose scaled magnitude reaches 2⁵³ (where a double stops holding every integer) cannot be written.
/// </summary>
internal static class CanonicalNumber
{
    /// <summary>Most decimals any field uses (PID gains: 6) with room to spare.</summary>
    public const int MaximumDecimals = 9;

    private const double ExactIntegerLimit = 9007199254740992.0;

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

    /// <summary>True when <paramref name="value"/> is finite and small enough to write with <paramref name="decimals"/>.</summary>
    public static bool IsWritable(double value, int decimals) =>
        double.IsFinite(value)
        && decimals is >= 0 and <= MaximumDecimals
        && Math.Abs(value) * PowersOfTen[decimals] < ExactIntegerLimit;

    /// <summary>The canonical text of a writable value.</summary>
    public static string Format(double value, int decimals)
    {
        Span<byte> buffer = stackalloc byte[32];
        var length = Write(value, decimals, buffer);
        return Encoding.ASCII.GetString(buffer[..length]);
    }

    /// <summary>Writes the canonical text into <paramref name="destination"/> (32 bytes always suffice); returns its length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not writable (<see cref="IsWritable"/>).</exception>
    public static int Write(double value, int decimals, Span<byte> destination)
    {
        if (!IsWritable(value, decimals))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Cannot be written with {decimals} decimals.");
        }

        var units = (long)Math.Floor((Math.Abs(value) * PowersOfTen[decimals]) + 0.5);
        var divisor = (long)PowersOfTen[decimals];
        var integerPart = units / divisor;
        var fraction = units % divisor;
        var digits = decimals;
        while (digits > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        var position = 0;
        if (value < 0 && units != 0)
        {
            destination[position++] = (byte)'-';
        }

        integerPart.TryFormat(destination[position..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        position += written;
        if (digits == 0)
        {
            return position;
        }

        destination[position++] = (byte)'.';
        for (var i = digits - 1; i >= 0; i--)
        {
            destination[position + i] = (byte)('0' + (int)(fraction % 10));
            fraction /= 10;
        }

        return position + digits;
    }
}
