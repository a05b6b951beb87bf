using System.Text;
using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

public class Crc32Tests
{
    [Fact]
    public void Check_value_of_123456789_is_the_published_CRC32()
    {
        // The standard check value of CRC-32/ISO-HDLC (zlib, PNG, Ethernet).
        byte[] data = Encoding.ASCII.GetBytes("123456789");
        Assert.Equal(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
    }

    [Fact]
    public void Empty_input_gives_zero()
    {
        Assert.Equal(0u, Crc32.Compute(new byte[4], 2, 0));
    }

    [Fact]
    public void Only_the_given_range_counts()
    {
        byte[] inner = Encoding.ASCII.GetBytes("123456789");
        byte[] padded = Encoding.ASCII.GetBytes("xx123456789yy");
        Assert.Equal(Crc32.Compute(inner, 0, 9), Crc32.Compute(padded, 2, 9));
    }

    [Fact]
    public void A_single_flipped_bit_changes_the_checksum()
    {
        byte[] data = Encoding.ASCII.GetBytes("telemetry record");
        uint before = Crc32.Compute(data, 0, data.Length);
        for (int bit = 0; bit < data.Length * 8; bit++)
        {
            data[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.NotEqual(before, Crc32.Compute(data, 0, data.Length));
            data[bit / 8] ^= (byte)(1 << (bit % 8));
        }
    }
}
