using System.Globalization;

namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>The clot score being entered for one loop: score 0–4, optional wet weight in mg (text), photo and reason.</summary>
internal sealed class ClotScoreForm
{
    /// <summary>Chosen score text ("" = none chosen yet).</summary>
    public string ScoreText { get; set; } = "";

    /// <summary>Wet weight text in mg ("" = not weighed).</summary>
    public string WetWeightMilligramsText { get; set; } = "";

    /// <summary>File name of the photo read (null = no photo).</summary>
    public string? PhotoFileName { get; set; }

    /// <summary>Bytes of the photo read.</summary>
    public byte[]? PhotoContent { get; set; }

    /// <summary>Reason (required when changing a stored score).</summary>
    public string Reason { get; set; } = "";

    /// <summary>Parses score and wet weight; false with an error saying what to fix.</summary>
    public bool TryRead(out int score, out double? wetWeightMilligrams, out string error)
    {
        score = 0;
        wetWeightMilligrams = null;
        error = "";
        if (!int.TryParse(ScoreText, NumberStyles.Integer, CultureInfo.InvariantCulture, out score))
        {
            error = "Choose a clot score from 0 (no clot) to 4 (occlusive).";
            return false;
        }

        var weight = WetWeightMilligramsText.Trim();
        if (weight.Length == 0)
        {
            return true;
        }

        if (!double.TryParse(weight, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
        {
            error = $"Wet weight '{weight}' is not a number: enter the drained clot's weight in mg with a decimal point, or leave it empty.";
            return false;
        }

        wetWeightMilligrams = parsed;
        return true;
    }
}
