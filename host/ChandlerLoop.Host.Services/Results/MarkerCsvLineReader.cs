using System.Globalization;
using CsvHelper;

namespace ChandlerLoop.Host.Services.Results;

/// <summary>Turns one CSV record into import rows (one per analyte), matching the sample and reading the numbers.</summary>
internal sealed class MarkerCsvLineReader
{
    private const double OffsetToleranceMinutes = 0.01;
    private readonly CsvImportMapping _mapping;
    private readonly IReadOnlyList<ImportSample> _samples;
    private readonly Dictionary<string, int> _columns;

    public MarkerCsvLineReader(CsvImportMapping mapping, IReadOnlyList<ImportSample> samples, Dictionary<string, int> columns)
    {
        _mapping = mapping;
        _samples = samples;
        _columns = columns;
    }

    public IEnumerable<MarkerImportRow> Read(CsvReader csv, int line)
    {
        var lineErrors = new List<MarkerImportError>();
        var (sampleId, label) = MatchSample(csv, line, lineErrors);
        var unit = Cell(csv, _mapping.UnitColumn);
        var dilution = Number(csv, line, _mapping.DilutionColumn, lineErrors) ?? _mapping.DefaultDilutionFactor;
        var lloq = Number(csv, line, _mapping.LloqColumn, lineErrors);
        var uloq = Number(csv, line, _mapping.UloqColumn, lineErrors);
        var kitLot = Cell(csv, _mapping.KitLotColumn) ?? _mapping.DefaultKitLot;
        var values = _mapping.Layout == CsvImportLayout.Long
            ? new[] { (Column: _mapping.ValueColumn!, Analyte: Cell(csv, _mapping.AnalyteColumn) ?? "", Text: Cell(csv, _mapping.ValueColumn)) }
            : _mapping.AnalyteColumns.Select(c => (Column: c.Key, Analyte: c.Value, Text: Cell(csv, c.Key))).Where(v => v.Text is not null).ToArray();
        if (values.Length == 0)
        {
            lineErrors.Add(new MarkerImportError(line, "", "The line has no values in the mapped analyte columns: remove the line or fill in the values."));
        }

        var first = true;
        foreach (var (column, analyteText, text) in values)
        {
            var row = new MarkerImportRow
            {
                LineNumber = line,
                SampleLabel = label,
                SampleId = sampleId,
                Input = new MarkerResultInput { SampleId = sampleId ?? 0, DilutionFactor = dilution, LloqValue = lloq, UloqValue = uloq, KitLot = kitLot, Method = _mapping.Method },
            };
            if (first)
            {
                row.Errors.AddRange(lineErrors);
                first = false;
            }

            Fill(row, column, analyteText, text, unit);
            yield return row;
        }

        if (first && lineErrors.Count > 0)
        {
            var row = new MarkerImportRow { LineNumber = line, SampleLabel = label, SampleId = sampleId };
            row.Errors.AddRange(lineErrors);
            yield return row;
        }
    }

    private void Fill(MarkerImportRow row, string column, string analyteText, string? text, string? unit)
    {
        var line = row.LineNumber;
        if (!MarkerUnits.TryNormalizeAnalyte(analyteText, out var analyte))
        {
            row.Errors.Add(new MarkerImportError(line, _mapping.AnalyteColumn ?? column, $"Analyte '{analyteText}' is not known: use one of {string.Join(", ", MarkerUnits.Analytes)}."));
            return;
        }

        row.Input.Analyte = analyte;
        row.Input.Unit = unit ?? _mapping.DefaultUnitFor(analyte) ?? "";
        if (string.IsNullOrWhiteSpace(row.Input.Unit))
        {
            row.Errors.Add(new MarkerImportError(line, _mapping.UnitColumn ?? column,
                $"No unit for {analyte}: add a unit column or a default unit for {analyte} to the mapping (accepted: {string.Join(", ", MarkerUnits.AcceptedUnits(analyte))})."));
            return;
        }

        if (text is null)
        {
            row.Errors.Add(new MarkerImportError(line, column, $"The {analyte} value is empty: fill it in or remove the line."));
            return;
        }

        var valueText = text.Trim();
        if (valueText.StartsWith('<') || valueText.StartsWith('>'))
        {
            row.Input.ReportedBelowLloq = valueText[0] == '<';
            row.Input.ReportedAboveUloq = valueText[0] == '>';
            valueText = valueText[1..].Trim();
        }

        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            row.Errors.Add(new MarkerImportError(line, column, $"'{text}' is not a number: write values like 12.5 (decimal point, no thousands separator)."));
            return;
        }

        row.Input.Value = value;
        row.Evaluated = MarkerValueEvaluator.Evaluate(row.Input);
        row.Errors.AddRange(row.Evaluated.Errors.Select(e => new MarkerImportError(line, column, e)));
        row.Warnings.AddRange(row.Evaluated.Warnings);
    }

    private (long? SampleId, string Label) MatchSample(CsvReader csv, int line, List<MarkerImportError> errors)
    {
        if (!string.IsNullOrWhiteSpace(_mapping.TubeIdColumn))
        {
            var tube = Cell(csv, _mapping.TubeIdColumn);
            if (tube is null)
            {
                errors.Add(new MarkerImportError(line, _mapping.TubeIdColumn, "The tube id is empty: every line needs the tube id of its sample."));
                return (null, "");
            }

            var matches = _samples.Where(s => string.Equals(s.TubeId, tube, StringComparison.Ordinal)).ToList();
            if (matches.Count != 1)
            {
                errors.Add(new MarkerImportError(line, _mapping.TubeIdColumn, matches.Count == 0
                    ? $"Tube '{tube}' is not a sample of this run: check the tube id (tube ids are recorded when samples are acknowledged)."
                    : $"Tube '{tube}' is recorded on {matches.Count} samples of this run: correct the tube ids, or import by loop position and offset."));
                return (null, "tube " + tube);
            }

            return (matches[0].SampleId, "tube " + tube);
        }

        var position = Number(csv, line, _mapping.LoopPositionColumn, errors);
        var offset = Number(csv, line, _mapping.OffsetMinutesColumn, errors);
        if (position is null || offset is null)
        {
            if (!errors.Any(e => e.Column == _mapping.LoopPositionColumn || e.Column == _mapping.OffsetMinutesColumn))
            {
                errors.Add(new MarkerImportError(line, position is null ? _mapping.LoopPositionColumn! : _mapping.OffsetMinutesColumn!, "Empty: every line needs the loop position and the planned offset in minutes."));
            }

            return (null, "");
        }

        var label = $"position {position.Value.ToString(CultureInfo.InvariantCulture)} at {offset.Value.ToString(CultureInfo.InvariantCulture)} min";
        var sample = _samples.FirstOrDefault(s => s.LoopPosition == position.Value && Math.Abs(s.PlannedOffsetMinutes - offset.Value) < OffsetToleranceMinutes);
        if (sample is null)
        {
            var planned = string.Join(", ", _samples.Select(s => s.PlannedOffsetMinutes).Distinct().OrderBy(o => o).Select(o => o.ToString(CultureInfo.InvariantCulture)));
            errors.Add(new MarkerImportError(line, _mapping.LoopPositionColumn!, $"No sample at {label} in this run: positions are {string.Join(", ", _samples.Select(s => s.LoopPosition).Distinct().OrderBy(p => p))}, planned offsets {planned} min."));
            return (null, label);
        }

        return (sample.SampleId, label);
    }

    private string? Cell(CsvReader csv, string? column)
    {
        if (string.IsNullOrWhiteSpace(column) || !_columns.TryGetValue(column, out var index) || index >= csv.FieldCount)
        {
            return null;
        }

        var text = csv.GetString(index).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private double? Number(CsvReader csv, int line, string? column, List<MarkerImportError> errors)
    {
        var text = Cell(csv, column);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors.Add(new MarkerImportError(line, column!, $"'{text}' is not a number: write numbers with a decimal point and no thousands separator."));
        return null;
    }
}
