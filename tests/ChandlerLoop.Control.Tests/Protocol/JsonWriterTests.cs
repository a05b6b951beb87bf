using System.Text;
using System.Text.Json;
using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>The writer produces compact canonical JSON with minimal escaping and reports
/// overflow instead of writing a partial document silently.</summary>
public class JsonWriterTests
{
    [Fact]
    public void Escapes_only_quote_backslash_and_control_characters()
    {
        var writer = new JsonWriter(256);
        writer.BeginObject();
        writer.Name("s");
        writer.String("a\"b\\c\nd\u0001é/°😀\t");
        writer.EndObject();
        string json = Encoding.UTF8.GetString(writer.Buffer, 0, writer.Length);
        Assert.Equal("{\"s\":\"a\\\"b\\\\c\\nd\\u0001é/°😀\\t\"}", json);
        Assert.Equal("a\"b\\c\nd\u0001é/°😀\t", JsonDocument.Parse(json).RootElement.GetProperty("s").GetString());
    }

    [Fact]
    public void Utf8_text_and_strings_are_written_identically()
    {
        var a = new JsonWriter(64);
        var b = new JsonWriter(64);
        var text = new Utf8Text(64);
        text.Set("T-07 °C \"x\"\r");
        a.String("T-07 °C \"x\"\r");
        b.String(text);
        Assert.Equal(Encoding.UTF8.GetString(a.Buffer, 0, a.Length), Encoding.UTF8.GetString(b.Buffer, 0, b.Length));
    }

    [Fact]
    public void Commas_separate_members_and_elements()
    {
        var writer = new JsonWriter(128);
        writer.BeginObject();
        writer.Name("a");
        writer.BeginArray();
        writer.Integer(1);
        writer.Number(2.5, 1);
        writer.Null();
        writer.EndArray();
        writer.Name("b");
        writer.Boolean(false);
        writer.Name("c");
        writer.NumberOrNull(double.NaN, 3);
        writer.EndObject();
        Assert.Equal("{\"a\":[1,2.5,null],\"b\":false,\"c\":null}", Encoding.UTF8.GetString(writer.Buffer, 0, writer.Length));
        Assert.False(writer.Failed);
    }

    [Fact]
    public void Overflow_and_unwritable_numbers_fail_the_document()
    {
        var writer = new JsonWriter(16);
        writer.BeginObject();
        writer.Name("long_name_here");
        writer.String("value");
        Assert.True(writer.Failed);
        Assert.True(writer.Length <= 16);

        var numbers = new JsonWriter(64);
        numbers.Number(double.PositiveInfinity, 1);
        Assert.True(numbers.Failed);
        numbers.Reset();
        Assert.False(numbers.Failed);
        Assert.Equal(0, numbers.Length);
    }
}
