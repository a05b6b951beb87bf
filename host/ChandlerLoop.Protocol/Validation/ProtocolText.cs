namespace ChandlerLoop.Protocol.Validation;

/// <summary>
/// Character rules for the identifiers of the protocol (docs/protocol.md): rig ids, run ids and command
/// ids. All are plain ASCII, so their length in characters equals their length in bytes.
/// </summary>
public static class ProtocolText
{
    /// <summary>Longest rig id, in characters.</summary>
    public const int MaximumRigIdLength = 32;

    /// <summary>Longest run id or command id, in characters.</summary>
    public const int MaximumIdLength = 40;

    /// <summary>
    /// True for a valid rig id: 1–32 characters of <c>a-z</c>, <c>0-9</c> and <c>-</c>, starting with a
    /// letter or digit (<c>rig-01</c>). Such an id is safe as an MQTT topic level and as a client id.
    /// </summary>
    public static bool IsValidRigId(string? rigId)
    {
        if (rigId is null || rigId.Length < 1 || rigId.Length > MaximumRigIdLength || rigId[0] == '-')
        {
            return false;
        }

        foreach (var c in rigId)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a valid run id: 1–40 characters of <c>A-Za-z0-9-_</c> (<c>R-20261121-01</c>).</summary>
    public static bool IsValidRunId(string? runId) => IsIdentifier(runId);

    /// <summary>True for a valid command id: 1–40 characters of <c>A-Za-z0-9-_</c> (<c>c-000123</c>).</summary>
    public static bool IsValidCommandId(string? commandId) => IsIdentifier(commandId);

    /// <summary>
    /// True when <paramref name="text"/> can be written as UTF-8: no unpaired surrogate. Free text (tube
    /// labels, notes, details) may hold any other character; JSON escaping handles control characters.
    /// </summary>
    public static bool IsWellFormedText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of free text in Unicode scalar values (what a person counts as characters).</summary>
    public static int CountCharacters(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static bool IsIdentifier(string? id)
    {
        if (id is null || id.Length < 1 || id.Length > MaximumIdLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
