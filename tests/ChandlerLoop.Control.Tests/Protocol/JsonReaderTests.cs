using System.Text;
using ChandlerLoop.Control.Protocol;

namespace ChandlerLoop.Control.Tests.Protocol;

/// <summary>The device JSON reader accepts exactly RFC 8259 JSON (within the depth limit) and
/// reads numbers and strings correctly.</summary>
public class JsonReaderTests
{
    private readonly JsonReader _reader = new();

    private bool Load(string json) => Load(Encoding.UTF8.GetBytes(json));

    private bool Load(byte[] bytes) => _reader.Load(bytes, bytes.Length);

    [Theory]
    [InlineData("{}")]
    [InlineData(" \t\r\n{ \"a\" : [ 1 , -2.5e+3 , true , false , null , \"x\" ] } \n")]
    [InlineData("[]")]
    [InlineData("0")]
    [InlineData("-0.0e-0")]
    [InlineData("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"")]
    [InlineData("\"é°C😀\"")]
    public void Valid_json_is_accepted(string json) => Assert.True(Load(json), json);

    [Theory]
    [InlineData("", 0)]
    [InlineData("{", 1)]
    [InlineData("{\"a\":}", 5)]
    [InlineData("{\"a\":01}", 6)]
    [InlineData("{\"a\":1.}", 7)]
    [InlineData("{\"a\":.5}", 5)]
    [InlineData("{\"a\":-}", 6)]
    [InlineData("{\"a\":1e}", 7)]
    [InlineData("{\"a\":+1}", 5)]
    [InlineData("{\"a\":tru}", 8)]
    [InlineData("{\"a\":1,}", 7)]
    [InlineData("[1,]", 3)]
    [InlineData("{'a':1}", 1)]
    [InlineData("{\"a\":1}}", 7)]
    [InlineData("{\"a\" 1}", 5)]
    [InlineData("NaN", 0)]
    [InlineData("{\"a\":Infinity}", 5)]
    [InlineData("\"\\x\"", 1)]
    [InlineData("\"\\u12G4\"", 1)]
    [InlineData("\"tab\there\"", 4)]
    [InlineData("{} {}", 3)]
    public void Invalid_json_is_refused_at_the_right_byte(string json, int offset)
    {
        Assert.False(Load(json));
        Assert.Equal(JsonReaderError.Syntax, _reader.Error);
        Assert.Equal(offset, _reader.ErrorOffset);
    }

    [Theory]
    [InlineData(new byte[] { 0x22, 0x80, 0x22 })]             // lone continuation byte
    [InlineData(new byte[] { 0x22, 0xC0, 0xAF, 0x22 })]       // overlong '/'
    [InlineData(new byte[] { 0x22, 0xED, 0xA0, 0x80, 0x22 })] // UTF-8 encoded surrogate
    [InlineData(new byte[] { 0x22, 0xF4, 0x90, 0x80, 0x80, 0x22 })] // above U+10FFFF
    [InlineData(new byte[] { 0x22, 0xE2, 0x82, 0x22 })]       // truncated sequence
    public void Malformed_utf8_in_a_string_is_refused(byte[] bytes) => Assert.False(Load(bytes));

    [Fact]
    public void Sixteen_levels_are_accepted_and_seventeen_are_too_deep()
    {
        Assert.True(Load(new string('[', 16) + new string(']', 16)));
        Assert.False(Load(new string('[', 17) + new string(']', 17)));
        Assert.Equal(JsonReaderError.TooDeep, _reader.Error);
        Assert.Equal(16, _reader.ErrorOffset);
        Assert.False(Load(new string('[', 100_000)));
    }

    [Theory]
    [InlineData("0.153", 0.153)]
    [InlineData("37", 37.0)]
    [InlineData("-12.5", -12.5)]
    [InlineData("1e2", 100.0)]
    [InlineData("1E-2", 0.01)]
    [InlineData("0.00064", 0.00064)]
    [InlineData("5400.5", 5400.5)]
    [InlineData("2147483647", 2147483647.0)]
    [InlineData("123456789012345678901234567890", 1.2345678901234568E+29)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    [InlineData("1e-400", 0.0)]
    [InlineData("0.000000000000000000000000000001", 1e-30)]
    public void Numbers_are_read_to_the_nearest_double(string json, double expected)
    {
        Assert.True(Load(json));
        Assert.True(_reader.TryReadNumber(_reader.Root, out double value));
        Assert.Equal(expected, value, 1e-15 * Math.Max(1.0, Math.Abs(expected)));
    }

    [Fact]
    public void Strings_are_compared_and_copied_after_unescaping()
    {
        Assert.True(Load("{\"\\u0073et_c\":\"T\\u002d\\ud83d\\ude00\\n\"}"));
        int key = _reader.FirstMember(_reader.Root);
        Assert.True(_reader.StringEquals(key, "set_c"));
        Assert.False(_reader.StringEquals(key, "set_"));
        Assert.False(_reader.StringEquals(key, "set_cc"));
        var text = new Utf8Text(32);
        Assert.True(_reader.CopyString(_reader.MemberValue(key), text));
        Assert.Equal("T-😀\n", text.ToString());
        Assert.Equal(4, text.CodePointCount());
        Assert.Equal(-1, _reader.NextMember(key));
    }

    [Fact]
    public void A_lone_surrogate_escape_becomes_the_replacement_character()
    {
        Assert.True(Load("\"a\\ud800b\""));
        var text = new Utf8Text(16);
        _reader.CopyString(_reader.Root, text);
        Assert.Equal("a\uFFFDb", text.ToString());
    }

    [Fact]
    public void A_string_longer_than_the_destination_is_reported_and_cut_at_a_character_boundary()
    {
        Assert.True(Load("\"ééé\""));
        var text = new Utf8Text(5);
        Assert.False(_reader.CopyString(_reader.Root, text));
        Assert.Equal("éé", text.ToString());
    }

    [Fact]
    public void Members_and_elements_are_walked_in_order()
    {
        Assert.True(Load("{ \"a\" : [1, [2, 3], {\"b\": 4}], \"c\": {} }"));
        int a = _reader.FirstMember(_reader.Root);
        int array = _reader.MemberValue(a);
        var kinds = new List<JsonKind>();
        for (int e = _reader.FirstElement(array); e >= 0; e = _reader.NextElement(e))
        {
            kinds.Add(_reader.KindAt(e));
        }

        Assert.Equal(new[] { JsonKind.Number, JsonKind.Array, JsonKind.Object }, kinds);
        int c = _reader.NextMember(a);
        Assert.True(_reader.StringEquals(c, "c"));
        Assert.Equal(-1, _reader.FirstMember(_reader.MemberValue(c)));
        Assert.Equal(-1, _reader.NextMember(c));
    }

    [Fact]
    public void A_null_buffer_or_a_bad_length_is_refused_without_throwing()
    {
        Assert.False(_reader.Load(null!, 0));
        Assert.False(_reader.Load(new byte[4], 5));
        Assert.False(_reader.Load(new byte[4], -1));
    }
}
