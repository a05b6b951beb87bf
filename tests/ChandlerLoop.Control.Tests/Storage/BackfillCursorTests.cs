using ChandlerLoop.Control.Protocol;
using ChandlerLoop.Control.Storage;

namespace ChandlerLoop.Control.Tests.Storage;

public class BackfillCursorTests
{
    [Fact]
    public void Records_older_than_the_oldest_held_are_reported_missing()
    {
        var cursor = new BackfillCursor();
        int count = cursor.Begin(1, 0, 100, 250, 0.0);

        Assert.Equal(151, count);
        Assert.Equal(1, cursor.MissingFrom);
        Assert.Equal(99, cursor.MissingTo);
        Assert.Equal(100, cursor.FirstToSend);
        Assert.Equal(250, cursor.LastToSend);
    }

    [Fact]
    public void A_range_entirely_held_has_nothing_missing_and_stops_at_to_seq()
    {
        var cursor = new BackfillCursor();
        Assert.Equal(11, cursor.Begin(120, 130, 100, 250, 0.0));
        Assert.Equal(0, cursor.MissingFrom);
        Assert.Equal(130, cursor.LastToSend);
    }

    [Fact]
    public void A_range_entirely_gone_sends_nothing()
    {
        var cursor = new BackfillCursor();
        Assert.Equal(0, cursor.Begin(10, 20, 100, 250, 0.0));
        Assert.Equal(10, cursor.MissingFrom);
        Assert.Equal(20, cursor.MissingTo);
        Assert.False(cursor.Active);
    }

    [Fact]
    public void Sends_at_most_50_records_a_second_oldest_first()
    {
        var cursor = new BackfillCursor();
        cursor.Begin(1, 0, 1, 1000, 0.0);
        int sent = 0;
        int expected = 1;
        for (double t = 0.0; t < 10.0; t += 0.01)
        {
            while (cursor.TryNext(t, out int seq))
            {
                Assert.Equal(expected++, seq);
                sent++;
            }
        }

        // A one-second burst at the start, then 50 per second: 50 + 50 × 9.99 ≈ 549.
        Assert.InRange(sent, 540, 551);
    }

    [Fact]
    public void Finishes_and_becomes_inactive()
    {
        var cursor = new BackfillCursor();
        cursor.Begin(5, 7, 1, 10, 0.0);
        var seqs = new System.Collections.Generic.List<int>();
        while (cursor.TryNext(100.0, out int seq))
        {
            seqs.Add(seq);
        }

        Assert.Equal(new[] { 5, 6, 7 }, seqs);
        Assert.False(cursor.Active);
    }
}
