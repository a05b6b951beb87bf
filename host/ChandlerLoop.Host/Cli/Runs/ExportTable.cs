namespace ChandlerLoop.Host.Cli.Runs;

/// <summary>One table of a run export: a name (file "&lt;name&gt;.csv", JSON property), column names
/// (snake_case, units in the name) and rows of values (string, number, bool, DateTime UTC or null).</summary>
internal sealed class ExportTable
{
    /// <summary>Creates an empty table.</summary>
    public ExportTable(string name, params string[] columns)
    {
        Name = name;
        Columns = columns;
    }

    /// <summary>Table name.</summary>
    public string Name { get; }

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows; each has one value per column.</summary>
    public List<object?[]> Rows { get; } = [];

    /// <summary>Adds a row; throws when the value count differs from the column count (a bug).</summary>
    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new InvalidOperationException("Export table " + Name + ": " + values.Length + " values for " + Columns.Count + " columns.");
        }

        Rows.Add(values);
    }
}
