namespace ChandlerLoop.Data.Entities;

/// <summary>What a loop is for in the run (DOMAIN §2 "Controls per run").</summary>
public enum LoopRole
{
    /// <summary>Blood plus vehicle, no cells: the model's background.</summary>
    NegativeControl,
    /// <summary>The cell product under test.</summary>
    TestArticle,
    /// <summary>TF-high cells (e.g. fibroblasts) at the same dose: must activate.</summary>
    PositiveControl,
}
