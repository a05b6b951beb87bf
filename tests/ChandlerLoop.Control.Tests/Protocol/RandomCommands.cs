using System.Globalization;
using System.Text;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Run;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>Random valid commands (every value within the protocol's ranges and written with at
/// most its stated decimals), and a field-by-field description to compare two commands.</summary>
internal static class RandomCommands
{
    private const string IdChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static readonly string[] TextPieces = { "a", "Z", " ", "\"", "\\", "/", "é", "°", "€", "😀", "T-07", "{", "}" };

    public static string Identifier(Random r, int maxChars)
    {
        var sb = new StringBuilder();
        int n = r.Next(1, maxChars + 1);
        for (int i = 0; i < n; i++)
        {
            sb.Append(IdChars[r.Next(IdChars.Length)]);
        }

        return sb.ToString();
    }

    /// <summary>Free text of minChars..maxChars code points without control characters.</summary>
    public static string FreeText(Random r, int minChars, int maxChars)
    {
        var sb = new StringBuilder();
        int n = r.Next(minChars, maxChars + 1);
        int count = 0;
        while (count < n)
        {
            string piece = TextPieces[r.Next(TextPieces.Length)];
            int points = piece.EnumerateRunes().Count();
            if (count + points > n)
            {
                piece = "x";
                points = 1;
            }

            sb.Append(piece);
            count += points;
        }

        return sb.ToString();
    }

    public static void Fill(DecodedCommand c, Random r)
    {
        c.Clear();
        c.Id.Set(Identifier(r, ProtocolLimits.MaxCommandIdChars));
        c.Kind = (CommandKind)r.Next(1, 10);
        switch (c.Kind)
        {
            case CommandKind.StartPrewarm:
                c.Run.Set(Identifier(r, ProtocolLimits.MaxRunIdChars));
                c.SetCelsius = r.Next(20_000, 42_001) / 1000.0;
                c.SpeedRpm = r.Next(100, 6_001) / 100.0;
                int exposureUnits = r.Next(1_000, 240_001);
                c.ExposureMinutes = exposureUnits / 1000.0;
                int n = r.Next(0, ProtocolLimits.MaxSamples + 1);
                foreach (int unit in Enumerable.Range(0, n).Select(_ => r.Next(0, exposureUnits + 1)).Distinct().Order())
                {
                    c.AddSampleMinutes(unit / 1000.0);
                }

                c.BandCelsius = r.Next(50, 1_001) / 1000.0;
                c.HoldSeconds = r.Next(0, 36_001) / 10.0;
                c.RotateWhileSampling = r.Next(2) == 0;
                break;
            case CommandKind.AckSample:
                c.SampleIndex = r.Next(0, ProtocolLimits.MaxSamples);
                c.HasTube = r.Next(2) == 0;
                if (c.HasTube)
                {
                    c.Tube.Set(FreeText(r, 1, ProtocolLimits.MaxTubeChars));
                }

                break;
            case CommandKind.Abort:
                c.AbortReason = (AbortReason)r.Next(1, 4);
                c.HasNote = r.Next(2) == 0;
                if (c.HasNote)
                {
                    c.Note.Set(FreeText(r, 0, ProtocolLimits.MaxNoteChars));
                }

                break;
            case CommandKind.SetGains:
                c.Kp = r.Next(0, 10_000_001) / 1e6;
                c.Ki = r.Next(0, 1_000_001) / 1e6;
                c.Kd = r.NextInt64(0, 1_000_000_001) / 1e6;
                c.MaxDuty = r.Next(50, 1_001) / 1000.0;
                break;
            case CommandKind.StartAutotune:
                c.SetCelsius = r.Next(20_000, 39_001) / 1000.0;
                break;
            case CommandKind.Identify:
                c.IdentifySeconds = r.Next(1, 61);
                break;
            case CommandKind.Backfill:
                c.Run.Set(Identifier(r, ProtocolLimits.MaxRunIdChars));
                c.FromSequence = r.Next(1, int.MaxValue);
                c.HasToSequence = r.Next(2) == 0;
                if (c.HasToSequence)
                {
                    c.ToSequence = r.Next(c.FromSequence, int.MaxValue);
                }

                break;
        }
    }

    /// <summary>Every field of the command, exactly (doubles in round-trip form).</summary>
    public static string Describe(DecodedCommand c)
    {
        var inv = CultureInfo.InvariantCulture;
        var samples = string.Join(",", Enumerable.Range(0, c.SampleCount).Select(i => c.GetSampleMinutes(i).ToString("R", inv)));
        return string.Join("|", c.Id, c.Kind, c.Run, c.SetCelsius.ToString("R", inv), c.SpeedRpm.ToString("R", inv),
            c.ExposureMinutes.ToString("R", inv), samples, c.BandCelsius.ToString("R", inv), c.HoldSeconds.ToString("R", inv),
            c.RotateWhileSampling, c.SampleIndex, c.HasTube, c.Tube, c.AbortReason, c.HasNote, c.Note,
            c.Kp.ToString("R", inv), c.Ki.ToString("R", inv), c.Kd.ToString("R", inv), c.MaxDuty.ToString("R", inv),
            c.IdentifySeconds, c.FromSequence, c.HasToSequence, c.ToSequence);
    }
}
