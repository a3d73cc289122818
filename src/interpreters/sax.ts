/**
 * saxes, configured once for the decoder: namespaces resolved, positions tracked, and every handler registered
 * while the parser is constructed.
 */
import { SaxesParser } from "saxes";
import type {
  CDataHandler,
  CloseTagHandler,
  DoctypeHandler,
  ErrorHandler,
  OpenTagHandler,
  OpenTagStartHandler,
  TextHandler,
  XMLDeclHandler,
} from "saxes";

type State = (this: SaxesParser) => void;

/** saxes with every handler registered while it is constructed: registered afterwards, seven or more make the
 * parser object slow and saxes' hot loop 5× slower (1 MB: 53 ms against 9 ms, Node 20). */
export class Parser extends SaxesParser<{ xmlns: true; position: true }> {
  /**
   * Where the last `<` was read (1-based line and column), whichever chunk it came in. saxes reports positions
   * after what it has read, so the start of a tag would otherwise have to be found again in the text, which was
   * quadratic for names ended by a newline and wrong across chunks.
   */
  wakaLine = 1;
  wakaColumn = 1;
  /** And its offset in the text written so far (UTF-16 units), where a preserved element's source text starts. */
  wakaPosition = -1;

  constructor(h: {
    xmldecl: XMLDeclHandler;
    doctype: DoctypeHandler;
    opentagstart: OpenTagStartHandler<{ xmlns: true }>;
    opentag: OpenTagHandler<{ xmlns: true }>;
    text: TextHandler;
    cdata: CDataHandler;
    closetag: CloseTagHandler<{ xmlns: true }>;
    error: ErrorHandler;
  }) {
    super({ xmlns: true, position: true });
    // The state saxes enters right after a `<`: record the position there (saxes' own methods are private, so its
    // state table is patched instead of the method overridden).
    const table = (this as unknown as { stateTable: State[] }).stateTable;
    const openWaka = (SaxesParser.prototype as unknown as { sOpenWaka: State }).sOpenWaka;
    const at = table.indexOf(openWaka);
    if (at < 0) throw new Error("saxes has no sOpenWaka state: the position hook needs revisiting");
    table[at] = function (this: SaxesParser) {
      const self = this as Parser;
      self.wakaLine = self.line;
      self.wakaColumn = self.column;
      self.wakaPosition = self.position - 1;
      openWaka.call(this);
    };
    this.on("xmldecl", h.xmldecl);
    this.on("doctype", h.doctype);
    this.on("opentagstart", h.opentagstart);
    this.on("opentag", h.opentag);
    this.on("text", h.text);
    this.on("cdata", h.cdata);
    this.on("closetag", h.closetag);
    this.on("error", h.error);
  }
}
