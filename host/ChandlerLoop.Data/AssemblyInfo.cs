namespace ChandlerLoop.Data;
