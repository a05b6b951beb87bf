using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChandlerLoop.Protocol.Json;

/// <summary>
/// String values as the rig's reader sees them: a <c>\uXXXX</c> escape of an unpaired surrogate is valid
/// JSON grammar (RFC 8259 §7) but not text, and becomes U+FFFD, so it never matches a name or an id and
/// free text stays well-formed.
/// </summary>
internal static class JsonStrings
{
    public static string Read(JsonElement element)
    {
        try
        {
            var text = element.GetString() ?? string.Empty;
            if (Validation.ProtocolText.IsWellFormedText(text))
            {
                return text;
            }
        }
        catch (InvalidOperationException)
        {
            // Falls through to the manual reading below.
        }

        return Unescape(element.GetRawText());
    }

    /// <summary>Unescapes the raw text of a JSON string (with its quotes), unpaired surrogates → U+FFFD.</summary>
    internal static string Unescape(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            c = quoted[++i];
            switch (c)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    builder.Append((char)int.Parse(quoted.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: builder.Append(c); break;
            }
        }

        return ReplaceUnpairedSurrogates(builder.ToString());
    }

    private static string ReplaceUnpairedSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}
