namespace ChandlerLoop.Data.Tests;
