using System.Globalization;

namespace ChandlerLoop.Hardware.Tests;

/// <summary>hardware/bom.csv is complete, and every part the wiring relies on is in it.</summary>
public class BomTests
{
    private static readonly string[] Columns = ["part", "manufacturer_part_number", "quantity", "purpose", "rating"];

    /// <summary>
    /// Parts that hardware/wiring.md names and the rig cannot work or be safe without. Each keyword must
    /// occur in wiring.md (so this list follows the wiring) and in some BOM row's part or part number.
    /// </summary>
    public static TheoryData<string> WiredParts() =>
    [
        "ESP32-DevKitC", "MAX31865", "PT100", "DS18B20", "BAT85", "4.7 kΩ", "TMC2209", "NEMA 17", "100 µF",
        "DRV5023", "IRLZ44N", "TC4420", "SB560", "SMBJ28A", "0215010.MXP", "FEU 0031.1663", "KSD301",
        "GST280A24", "KPJX-4S-S", "D24V22F5", "SC628", "BC337", "LED", "button", "reed", "heatsink", "gland",
    ];

    private static List<Dictionary<string, string>> Rows() => RepositoryFiles.ReadCsv("hardware/bom.csv", Columns);

    [Fact]
    public void Every_row_has_all_columns_filled()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 20, $"only {rows.Count} BOM rows");
        foreach (var row in rows)
        {
            foreach (var column in Columns)
            {
                Assert.False(string.IsNullOrWhiteSpace(row[column]), $"'{row["part"]}': column {column} is empty");
            }
        }
    }

    [Fact]
    public void Every_quantity_is_a_positive_whole_number()
    {
        foreach (var row in Rows())
        {
            Assert.True(
                int.TryParse(row["quantity"], NumberStyles.None, CultureInfo.InvariantCulture, out int quantity) && quantity > 0,
                $"'{row["part"]}': quantity '{row["quantity"]}' is not a positive whole number");
        }
    }

    [Fact]
    public void No_part_number_is_listed_twice()
    {
        var duplicates = Rows().GroupBy(r => r["manufacturer_part_number"]).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(WiredParts))]
    public void A_part_the_wiring_uses_is_in_the_bom(string keyword)
    {
        Assert.Contains(keyword, RepositoryFiles.ReadText("hardware/wiring.md"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(
            Rows(),
            r => r["part"].Contains(keyword, StringComparison.OrdinalIgnoreCase)
                || r["manufacturer_part_number"].Contains(keyword, StringComparison.OrdinalIgnoreCase)
                || BomSpelling(keyword, r));
    }

    /// <summary>The CSV avoids non-ASCII units: "4.7 kΩ" is written "4.7 kOhm", "100 µF" "100 uF".</summary>
    private static bool BomSpelling(string keyword, Dictionary<string, string> row)
    {
        string ascii = keyword.Replace("Ω", "Ohm", StringComparison.Ordinal).Replace("µ", "u", StringComparison.Ordinal);
        return row["part"].Contains(ascii, StringComparison.OrdinalIgnoreCase);
    }
}
