using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChandlerLoop.Host.Cli.Broker;

/// <summary>
/// Password hashes in Mosquitto 2.0's password-file format (as written by <c>mosquitto_passwd</c>,
/// described in its man page and password file handling): a line <c>user:$7$&lt;iterations&gt;$&lt;salt&gt;$&lt;hash&gt;</c>
/// where 7 means PBKDF2-HMAC-SHA512, salt and hash are standard base64, the salt is 12 random bytes
/// and the hash is the 64-byte derived key. Mosquitto reads the iteration count from the line; its
/// own tool uses 101 by default. Implemented from the format description, not from Mosquitto's code.
/// </summary>
internal static class MosquittoPasswordHash
{
    /// <summary>Iterations <c>mosquitto_passwd</c> uses by default. The generated passwords carry
    /// ~143 bits of entropy, so the count does not need to slow guessing; Mosquitto pays it per CONNECT.</summary>
    public const int DefaultIterations = 101;

    /// <summary>Random salt length in bytes (as mosquitto_passwd).</summary>
    public const int SaltBytes = 12;

    /// <summary>Derived key length in bytes (SHA-512 output).</summary>
    public const int HashBytes = 64;

    /// <summary>The "$7$..." hash of <paramref name="password"/> with a fresh salt (or <paramref name="salt"/>, tests).</summary>
    public static string Hash(string password, int iterations = DefaultIterations, byte[]? salt = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        salt ??= RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, HashBytes);
        return "$7$" + iterations.ToString(CultureInfo.InvariantCulture) + "$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash);
    }

    /// <summary>True when <paramref name="password"/> matches a "$7$" hash; false for anything else.</summary>
    public static bool Verify(string password, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts.Length != 5 || parts[0].Length != 0 || parts[1] != "7"
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            var salt = Convert.FromBase64String(parts[3]);
            var expected = Convert.FromBase64String(parts[4]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA512, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
