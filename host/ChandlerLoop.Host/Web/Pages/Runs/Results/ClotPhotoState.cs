namespace ChandlerLoop.Host.Web.Pages.Runs.Results;

/// <summary>What was found when a recorded clot photo was checked against its SHA-256.</summary>
public enum ClotPhotoState
{
    /// <summary>The clot score has no photo.</summary>
    NoPhoto,

    /// <summary>The file is there and its SHA-256 matches the recorded one.</summary>
    Intact,

    /// <summary>The file is there but its SHA-256 differs from the recorded one: it was changed or replaced.</summary>
    Changed,

    /// <summary>A photo is recorded but its file is missing (or its recorded path leaves the photo folder).</summary>
    Missing,
}
