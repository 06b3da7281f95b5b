import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  DEFAULT_RUN_TIMEOUT,
  cancellableClock,
  withRunDeadline
} from "./chunk-SKQTMOW7.js";
import {
  normalizeSeverity
} from "./chunk-XPOZVU2H.js";
import {
  isEcrHost,
  parseEcrReference
} from "./chunk-JZR2A25U.js";
import {
  refuseUserinfo
} from "./chunk-DFUVTM4L.js";
import {
  ImageReferenceError,
  parseImageReference
} from "./chunk-EJ62CAXQ.js";
import {
  formatBytes,
  readInputFile,
  readInputFileSync
} from "./chunk-5YXKDELL.js";
import {
  ASSIGNMENT_RULE,
  BUILTIN_RULES,
  GateError,
  createScanner,
  defaultScanner,
  firstLine,
  isCredentialIdName,
  isCredentialLiteral,
  isPlaceholderValue,
  isSecretName,
  quoteInput,
  redact,
  redactText,
  secretDigest,
  where
} from "./chunk-WVRYA5TT.js";
import {
  SIGNER_OPTIONS,
  SIGNER_PRESETS,
  resolveSignerFiles,
  signersProblem
} from "./chunk-IYEUPREB.js";
import {
  _enum,
  array,
  boolean,
  describe,
  int,
  literal,
  number,
  object,
  optional,
  refine,
  strictObject,
  string
} from "./chunk-XSNBVYEM.js";
import {
  _gte,
  _lte,
  _maxLength,
  _minLength,
  _regex,
  globLength,
  globMatch
} from "./chunk-NHUMKS5O.js";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-ENLSQBIW.js";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity2, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity2)) {
          result.severity = severity2;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text) {
        return { uri, languageId, version, text };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children !== void 0) {
          result.children = children;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text) {
        return { range, text };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text) {
        return { range, text };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text = this._content;
          let isLineStart = true;
          for (let i = 0; i < text.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text.length && text.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text.length > 0) {
            lineOffsets.push(text.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean2(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean2;
      function string2(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string2;
      function number2(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number2;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction2 = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment2 = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment2 = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment2 = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment2 = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment2) {
              startPosition = null;
              start = true;
              comment2 = false;
            }
          } else {
            if (!comment2) {
              if (startPosition === null) {
                if (char === "#") {
                  comment2 = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment2 = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment2) {
                  comment2 = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment2 = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment2 = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment2 = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment2) {
            if (start && char === "#") {
              comment2 = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text.charAt(index) === "	") {
            index++;
          }
          if (text.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction2;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction2 = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction2;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before2 = value.charAt(index - 1);
          if (initial === '"' && before2 === '"' || initial === "'" && before2 === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal2 = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal2) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal2) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path4 = this.getPath();
        if (path4 === null || path4.startsWith("/")) {
          return path4;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path4 : parent + "/" + path4;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment2) {
        this.comments.push(comment2);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser2;
    (function(DockerfileParser3) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser3.parse = parse;
    })(DockerfileParser2 || (exports.DockerfileParser = DockerfileParser2 = {}));
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment2, indent) {
      if (/^\n+$/.test(comment2))
        return comment2.substring(1);
      return indent ? comment2.replace(/^(?! *$)/gm, indent) : comment2;
    }
    var lineComment = (str, indent, comment2) => str.endsWith("\n") ? indentComment(comment2, indent) : comment2.includes("\n") ? "\n" + indentComment(comment2, indent) : (str.endsWith(" ") ? "" : " ") + comment2;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment2) {
        header += " " + commentString(comment2.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow2 = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow2) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow2 = ctx.inFlow ?? collection.flow;
      const stringify2 = flow2 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment: comment2, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment3 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment3 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment3 = null, () => chompKeep = true);
        if (comment3)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment3));
        if (chompKeep && comment3)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment2) {
        str += "\n" + stringifyComment.indentComment(commentString(comment2), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment2 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment2 = ik.comment;
          }
        }
        if (comment2)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment2 = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment2)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment2));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment2, chompKeep) {
      if (comment2 && chompKeep)
        comment2 = comment2.replace(/^\n+/, "");
      if (comment2) {
        const ic = stringifyComment.indentComment(commentString(comment2), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment: comment2, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment2, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow2, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow2 && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow: flow2, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment2 = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow2 && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment2)
              comment2 = cb;
            else
              comment2 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment2)
                comment2 += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow2 ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow2) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow2}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment: comment2,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment2 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment2)
                comment2 = cb;
              else
                comment2 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment2)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment2, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment2 = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment2 = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment: comment2, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment: comment2, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment2)
        scalar.comment = comment2;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment: comment2, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment2;
        else
          node.commentBefore = comment2;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment: comment2, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment2) {
        node.comment = comment2;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment2 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment2 += (comment2 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment: comment2, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment2, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment2) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment2}` : comment2;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment2;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment2}
${cb}` : comment2;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser2 = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser2();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/heap.ts
import v8 from "node:v8";
function favourSmallHeap() {
  v8.setFlagsFromString("--optimize-for-size");
}

// src/build-args.ts
function parseBuildArgs(entries, flag, env = process.env) {
  const buildArgs = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const key = eq === -1 ? entry : entry.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new GateError(`${flag}: ${quoteInput(key, 40)} is not a valid ARG name`);
    const value = eq === -1 ? env[key] : entry.slice(eq + 1);
    if (value !== void 0) buildArgs[key] = value;
  }
  return buildArgs;
}

// src/version.ts
var TOOL_VERSION = "0.1.0";

// src/gate.ts
import path3 from "node:path";

// src/findings.ts
import { createHash } from "node:crypto";
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
function severityRank(severity2) {
  return SEVERITIES.length - SEVERITIES.indexOf(severity2);
}
function isDockerfileLocation(location) {
  return "file" in location && "line" in location && typeof location.line === "number";
}
function isLayerLocation(location) {
  return "layer" in location;
}
function isConfigLocation(location) {
  return "config" in location;
}
function locationPath(location) {
  if (isLayerLocation(location)) return location.path;
  if ("file" in location) return location.file;
  return void 0;
}
function describeSuppression(suppressed) {
  return "expires" in suppressed ? `suppressed until ${suppressed.expires}: ${suppressed.reason}` : `suppressed by an Amazon Inspector suppression rule`;
}
function fingerprintOf(...parts) {
  return createHash("sha256").update(parts.map((part) => String(part ?? "")).join("\0")).digest("hex").slice(0, 32);
}

// src/checks/finding-limit.ts
var MAX_FINDINGS_PER_RULE = 1e3;
function foldRepeatedFindings(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!isDockerfileLocation(finding.location)) continue;
    const key = `${finding.check}\0${finding.rule}\0${finding.location.file}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if ([...counts.values()].every((count2) => count2 <= MAX_FINDINGS_PER_RULE)) return findings;
  const kept = [];
  const seen = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const location = finding.location;
    if (!isDockerfileLocation(location)) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.check}\0${finding.rule}\0${location.file}`;
    const index = (seen.get(key) ?? 0) + 1;
    seen.set(key, index);
    if (index <= MAX_FINDINGS_PER_RULE) {
      kept.push(finding);
      continue;
    }
    const group = folded.get(key);
    if (!group) folded.set(key, { first: finding, count: 1, lastLine: location.line, worst: finding });
    else {
      group.count++;
      group.lastLine = Math.max(group.lastLine, location.line);
      if (severityRank(finding.severity) > severityRank(group.worst.severity)) group.worst = finding;
    }
  }
  for (const { first, count: count2, lastLine, worst } of folded.values()) {
    const location = first.location;
    kept.push({
      check: first.check,
      rule: first.rule,
      severity: worst.severity,
      message: `…and ${count2} more like the ${MAX_FINDINGS_PER_RULE} above in ${location.file} (lines ${location.line}–${lastLine}), not listed one by one.`,
      location: { file: location.file, line: location.line },
      fingerprint: fingerprintOf(first.check, first.rule, `${location.file}|folded`)
    });
  }
  return kept;
}

// src/dockerfile/environment.ts
var BITS = 4;
var WIDTH = 1 << BITS;
var MASK = WIDTH - 1;
var VariableNames = class {
  ids = /* @__PURE__ */ new Map();
  names = [];
  owners = 0;
  /** The number of a name, or undefined when no ENV ever set it. */
  find(name) {
    return this.ids.get(name);
  }
  intern(name) {
    let id = this.ids.get(name);
    if (id === void 0) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
  nextOwner() {
    return ++this.owners;
  }
};
var Environment = class _Environment {
  constructor(names, root, depth, size2) {
    this.names = names;
    this.root = root;
    this.depth = depth;
    this.size = size2;
  }
  names;
  root;
  depth;
  size;
  /** An environment with no variables. */
  static empty(names) {
    return new _Environment(names, void 0, 0, 0);
  }
  get(name) {
    const id = this.names.find(name);
    return id === void 0 ? void 0 : slotOf(this.root, this.depth, id);
  }
  has(name) {
    return this.get(name) !== void 0;
  }
  /** Every variable, in the order names were first set in the Dockerfile. */
  *entries() {
    for (let id = 0; id < this.names.names.length && id < WIDTH ** this.depth; id++) {
      const value = slotOf(this.root, this.depth, id);
      if (value !== void 0) yield [this.names.names[id], value];
    }
  }
  /** A plain object copy, for callers that want one (costs the size of the environment). */
  toRecord() {
    return Object.fromEntries(this.entries());
  }
};
function emptySlots() {
  return Array.from({ length: WIDTH }, () => void 0);
}
function slotOf(root, depth, id) {
  if (id >= WIDTH ** depth) return void 0;
  let node = root;
  for (let level2 = depth - 1; level2 > 0 && node; level2--) node = node.slots[id >>> level2 * BITS & MASK];
  return node?.slots[id & MASK];
}
var EnvironmentBuilder = class {
  constructor(base) {
    this.base = base;
    this.owner = base.names.nextOwner();
    this.root = base.root;
    this.depth = base.depth;
    this.size = base.size;
  }
  base;
  owner;
  root;
  depth;
  size;
  get(name) {
    const id = this.base.names.find(name);
    return id === void 0 ? void 0 : slotOf(this.root, this.depth, id);
  }
  set(name, value) {
    const id = this.base.names.intern(name);
    if (this.root === void 0) {
      this.root = { owner: this.owner, slots: emptySlots() };
      this.depth = 1;
    }
    while (id >= WIDTH ** this.depth) {
      const slots = emptySlots();
      slots[0] = this.root;
      this.root = { owner: this.owner, slots };
      this.depth++;
    }
    this.root = this.own(this.root);
    let node = this.root;
    for (let level2 = this.depth - 1; level2 > 0; level2--) {
      const index = id >>> level2 * BITS & MASK;
      const child = node.slots[index];
      const owned = child === void 0 ? { owner: this.owner, slots: emptySlots() } : this.own(child);
      node.slots[index] = owned;
      node = owned;
    }
    if (node.slots[id & MASK] === void 0) this.size++;
    node.slots[id & MASK] = value;
  }
  /** The environment as it is now; later changes no longer touch what it shares. */
  snapshot() {
    const environment = new Environment(this.base.names, this.root, this.depth, this.size);
    this.owner = this.base.names.nextOwner();
    return environment;
  }
  own(node) {
    return node.owner === this.owner ? node : { owner: this.owner, slots: node.slots.slice() };
  }
};

// src/dockerfile/syntax.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var import_parser = __toESM(require_parser(), 1);
var tokenized = /* @__PURE__ */ new WeakMap();
var instructionPrototype = import_dockerfile_ast.Instruction.prototype;
var originalRawArguments = instructionPrototype.getRawArguments;
instructionPrototype.getRawArguments = function() {
  let words = tokenized.get(this);
  if (!words) {
    words = originalRawArguments.call(this);
    tokenized.set(this, words);
  }
  return words.slice();
};
import_dockerfile_ast.ModifiableInstruction.prototype.getArguments = function() {
  const words = instructionPrototype.getArguments.call(this);
  const flags = this.getFlags();
  return flags.length === 0 ? words : words.slice(flags.length);
};
var before = (a, b) => a.line < b.line || a.line === b.line && a.character < b.character;
function inside(position, range) {
  return !before(position, range.start) && !before(range.end, position);
}
Object.getPrototypeOf(import_dockerfile_ast.DockerfileParser.parse("")).organizeComments = function() {
  const initialRange = this.initialInstructions.getRange();
  let stage = 0;
  for (const comment2 of this.getComments()) {
    const range = comment2.getRange();
    if (inside(range.end, initialRange)) {
      this.initialInstructions.addComment(comment2);
      continue;
    }
    while (stage < this.buildStages.length && before(this.buildStages[stage].getRange().end, range.start)) stage++;
    const current = this.buildStages[stage];
    if (current && inside(range.start, current.getRange())) current.addComment(comment2);
  }
};
function releaseWords(instruction) {
  tokenized.delete(instruction);
}
function scanInstructions(text) {
  const scanner = new import_parser.Parser();
  const real = scanner.createInstruction;
  if (typeof real !== "function") return void 0;
  const starts = [];
  scanner.createInstruction = function(dockerfile2, keyword, start, instructionEnd, end) {
    if (starts[starts.length - 1] !== start) starts.push(start);
    const upper = keyword.toUpperCase();
    if ((upper === "RUN" || upper === "COPY" || upper === "ADD" || upper === "ONBUILD") && this.buffer.substring(start, end).includes("<<")) {
      return real.call(this, dockerfile2, keyword, start, instructionEnd, end);
    }
    const document = this.document;
    return {
      getKeyword: () => upper,
      getArguments: () => [],
      getTriggerInstruction: () => null,
      getRange: () => ({ start: document.positionAt(start), end: document.positionAt(end) })
    };
  };
  const dockerfile = scanner.parse(text);
  return { starts, escape: dockerfile.getEscapeCharacter() };
}
function parseChunks(text, chunkBytes) {
  const scanned = text.length > chunkBytes ? scanInstructions(text) : void 0;
  if (!scanned) {
    const dockerfile = new import_parser.Parser().parse(text);
    const instructions = dockerfile.getInstructions();
    return {
      escape: dockerfile.getEscapeCharacter(),
      count: instructions.length,
      chunks: (function* () {
        yield { instructions: detach(dockerfile), lineOffset: 0 };
      })()
    };
  }
  const { starts, escape } = scanned;
  const cuts = [0];
  for (const start of starts) {
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    if (lineStart - cuts[cuts.length - 1] >= chunkBytes) cuts.push(lineStart);
  }
  cuts.push(text.length);
  const prefix = escape === "\\" ? "" : `# escape=${escape}
`;
  return {
    escape,
    count: starts.length,
    chunks: (function* () {
      let lineOffset = 0;
      for (let index = 0; index + 1 < cuts.length; index++) {
        const piece = text.slice(cuts[index], cuts[index + 1]);
        const withDirective = index === 0 ? piece : prefix + piece;
        const dockerfile = new import_parser.Parser().parse(withDirective);
        yield { instructions: detach(dockerfile), lineOffset: index === 0 || prefix === "" ? lineOffset : lineOffset - 1 };
        for (let at = piece.indexOf("\n"); at !== -1; at = piece.indexOf("\n", at + 1)) lineOffset++;
      }
    })()
  };
}
function detach(dockerfile) {
  const instructions = dockerfile.getInstructions().slice();
  const lists = dockerfile;
  for (const holder of [lists, lists.initialInstructions, ...lists.buildStages ?? []]) {
    if (Array.isArray(holder?.instructions)) holder.instructions.length = 0;
  }
  return instructions;
}

// src/dockerfile/expand.ts
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
function expandWord(text, lookup, escape = "\\") {
  const missing = /* @__PURE__ */ new Set();
  let i = 0;
  const n = text.length;
  const readName = () => {
    const start = i;
    if (i < n && NAME_START.test(text[i])) {
      i++;
      while (i < n && NAME_CHAR.test(text[i])) i++;
    }
    return text.slice(start, i);
  };
  const variable = () => {
    const next = text[i + 1];
    if (next === "{") {
      const dollar = i;
      i += 2;
      const name = readName();
      if (name === "") {
        i = dollar + 1;
        return "$";
      }
      const value2 = lookup(name);
      if (text[i] === "}") {
        i++;
        if (value2 === void 0) missing.add(name);
        return value2 ?? "";
      }
      const op = [":-", ":+", ":?", "-", "+", "?"].find((candidate) => text.startsWith(candidate, i));
      if (op === void 0) {
        const close = text.indexOf("}", i);
        i = close === -1 ? n : close + 1;
        if (value2 === void 0) missing.add(name);
        return value2 ?? "";
      }
      i += op.length;
      const word = parseUntil("}");
      if (text[i] === "}") i++;
      const unsetOrEmpty = value2 === void 0 || value2 === "";
      switch (op) {
        case ":-":
          return unsetOrEmpty ? word : value2;
        case "-":
          return value2 === void 0 ? word : value2;
        case ":+":
          return unsetOrEmpty ? "" : word;
        case "+":
          return value2 === void 0 ? "" : word;
        default:
          if (op === ":?" ? unsetOrEmpty : value2 === void 0) {
            missing.add(name);
            return "";
          }
          return value2;
      }
    }
    if (next !== void 0 && NAME_START.test(next)) {
      i++;
      const name = readName();
      const value2 = lookup(name);
      if (value2 === void 0) missing.add(name);
      return value2 ?? "";
    }
    i++;
    return "$";
  };
  const parseUntil = (end) => {
    let out = "";
    while (i < n) {
      const c = text[i];
      if (end !== void 0 && c === end) return out;
      if (c === escape) {
        const following = text[i + 1];
        if (following === void 0) {
          out += c;
          i++;
        } else if (following === "\n") {
          i += 2;
        } else if (following === "\r" && text[i + 2] === "\n") {
          i += 3;
        } else {
          out += following;
          i += 2;
        }
        continue;
      }
      if (c === "'") {
        const close = text.indexOf("'", i + 1);
        out += close === -1 ? text.slice(i + 1) : text.slice(i + 1, close);
        i = close === -1 ? n : close + 1;
        continue;
      }
      if (c === '"') {
        i++;
        while (i < n && text[i] !== '"') {
          const d = text[i];
          if (d === escape && i + 1 < n && ['"', "$", escape].includes(text[i + 1])) {
            out += text[i + 1];
            i += 2;
          } else if (d === "$") {
            out += variable();
          } else {
            out += d;
            i++;
          }
        }
        i++;
        continue;
      }
      if (c === "$") {
        out += variable();
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  const value = parseUntil(void 0);
  return { value, missing: [...missing] };
}

// src/dockerfile/validate.ts
var FLAGS = {
  FROM: ["platform"],
  ADD: ["chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"],
  COPY: ["from", "chown", "chmod", "link", "parents", "exclude"],
  RUN: ["mount", "network", "security", "device"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"]
};
var JSON_FORM = /* @__PURE__ */ new Set(["RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK", "ADD", "COPY", "VOLUME"]);
var SIGNALS = new Set(
  "ABRT ALRM BUS CHLD CLD CONT FPE HUP ILL INT IO IOT KILL PIPE POLL PROF PWR QUIT SEGV STKFLT STOP SYS TERM TRAP TSTP TTIN TTOU URG USR1 USR2 VTALRM WINCH XCPU XFSZ RTMIN RTMAX".split(
    " "
  )
);
function refusal({ instruction, properties, expand }) {
  const { keyword, args } = instruction;
  const text = args.trim();
  const accepted = FLAGS[keyword];
  if (accepted) {
    const unknown = instruction.flags.find((flag) => !accepted.includes(flag.name));
    if (unknown) return `${keyword} has an unknown flag --${unknown.name} (${keyword} takes ${accepted.map((name) => `--${name}`).join(", ")})`;
  }
  if (JSON_FORM.has(keyword) && text.startsWith("[")) {
    const problem = jsonFormProblem(text);
    if (problem) return `${keyword}: ${problem}`;
  }
  switch (keyword) {
    case "ADD":
    case "COPY": {
      const words = instruction.json ?? execFormArray(text) ?? splitWords(text);
      if (words.length < 2) return `${keyword} needs a source and a destination, but only ${words.length === 0 ? "nothing was" : "one argument was"} given`;
      if (/^<<-?["']?[A-Za-z_]/.test(words[words.length - 1])) return `${keyword} cannot take a heredoc as its destination`;
      return void 0;
    }
    case "USER":
    case "WORKDIR":
    case "MAINTAINER":
      return text === "" ? `${keyword} needs exactly one argument, got none` : void 0;
    case "STOPSIGNAL": {
      if (text === "") return "STOPSIGNAL needs exactly one argument (a signal such as SIGTERM or 15), got none";
      if (splitWords(text).length > 1) return `STOPSIGNAL needs exactly one argument, got ${quoteInput(text)}`;
      const { value, missing } = expand(text);
      if (missing.length > 0 || isSignal(value)) return void 0;
      return `STOPSIGNAL ${quoteInput(value, 40)} is not a signal (a name such as SIGTERM or a number such as 15)`;
    }
    case "EXPOSE": {
      if (text === "") return "EXPOSE needs at least one port";
      for (const word of splitWords(text)) {
        const { value, missing } = expand(word);
        if (missing.length > 0) continue;
        for (const port of value.split(/\s+/).filter(Boolean)) {
          const problem = portProblem(port);
          if (problem) return `EXPOSE ${quoteInput(port, 40)} is not a port: ${problem} (expected PORT[/tcp|udp|sctp] or a range such as 8000-8010)`;
        }
      }
      return void 0;
    }
    case "ENV":
    case "LABEL":
      return pairsProblem(keyword, text, properties);
    case "ARG":
      if (properties.length === 0) return "ARG needs at least one name";
      return properties.some((property) => property.getName() === "") ? "ARG names can not be blank" : void 0;
    case "VOLUME": {
      if (text === "") return "VOLUME needs at least one path";
      const list2 = execFormArray(text);
      return list2?.some((item) => item.trim() === "") ? "VOLUME paths can not be empty strings" : list2?.length === 0 ? "VOLUME needs at least one path" : void 0;
    }
    case "SHELL": {
      const list2 = execFormArray(text);
      if (list2 === void 0) return `SHELL must be written as a JSON array, such as SHELL ["/bin/sh", "-c"]`;
      return list2.length === 0 ? "SHELL needs at least one argument" : void 0;
    }
    case "HEALTHCHECK":
      return healthcheckProblem(instruction, text);
    case "ONBUILD": {
      if (text === "") return "ONBUILD needs an instruction to run later";
      const trigger = text.split(/\s+/, 1)[0].toUpperCase();
      if (trigger === "ONBUILD") return "ONBUILD ONBUILD is not allowed";
      if (trigger === "FROM" || trigger === "MAINTAINER") return `${trigger} is not allowed as an ONBUILD trigger`;
      return void 0;
    }
    default:
      return void 0;
  }
}
function splitWords(text) {
  return text.split(/\s+/).filter(Boolean);
}
function execFormArray(text) {
  if (!text.startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === "string") ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function jsonFormProblem(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (Array.isArray(parsed) && !parsed.every((item) => typeof item === "string")) return "a JSON array must hold strings only";
  return void 0;
}
function isSignal(value) {
  if (/^\d+$/.test(value)) return Number(value) > 0 && Number(value) <= 4294967295;
  const name = value.toUpperCase().replace(/^SIG/, "");
  if (SIGNALS.has(name)) return true;
  return /^RTMIN\+([1-9]|1[0-5])$|^RTMAX-([1-9]|1[0-4])$/.test(name);
}
function portProblem(spec) {
  const parts = spec.split(":");
  const container = parts[parts.length - 1];
  const [range, proto] = container.split("/", 2);
  if (range === "") return "no port number";
  if (proto !== void 0 && !["tcp", "udp", "sctp", ""].includes(proto.toLowerCase())) return `unknown protocol ${quoteInput(proto, 20)}`;
  const rangeProblem = (text) => {
    const match = /^(\d+)(?:-(\d+))?$/.exec(text);
    if (!match) return `${quoteInput(text, 30)} is not a number`;
    const start = Number(match[1]);
    const end = match[2] === void 0 ? start : Number(match[2]);
    if (start > 65535 || end > 65535) return "ports go from 0 to 65535";
    return end < start ? `the range ${text} ends before it starts` : void 0;
  };
  const containerProblem = rangeProblem(range);
  if (containerProblem) return containerProblem;
  if (parts.length >= 2 && parts[parts.length - 2] !== "") return rangeProblem(parts[parts.length - 2]);
  return void 0;
}
function pairsProblem(keyword, text, properties) {
  if (text === "" || properties.length === 0) return `${keyword} needs at least one name=value pair`;
  if (properties.some((property) => property.getName() === "")) return `${keyword} names can not be blank`;
  const valueless = properties.find((property) => property.getValue() === null);
  if (!valueless) return void 0;
  if (properties.length === 1 && !text.split(/\s+/, 1)[0].includes("="))
    return `${keyword} ${valueless.getName()} has no value (write ${valueless.getName()}=VALUE)`;
  return `${keyword}: ${quoteInput(valueless.getName(), 40)} has no "=" (every item must be name=value)`;
}
function goDurationMs(text) {
  if (text === "0") return 0;
  const units = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5 };
  const pattern = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return void 0;
    total += Number(match[1]) * units[match[2]];
    at = pattern.lastIndex;
  }
  return at === 0 ? void 0 : total;
}
function healthcheckProblem(instruction, text) {
  if (text === "") return "HEALTHCHECK needs CMD <command> or NONE";
  const [type = "", ...rest] = text.split(/\s+/);
  if (type.toUpperCase() === "NONE") return rest.length > 0 ? "HEALTHCHECK NONE takes no arguments" : void 0;
  if (type.toUpperCase() !== "CMD") return `HEALTHCHECK type ${quoteInput(type, 20)} is unknown (try CMD)`;
  const command = text.slice(type.length).trim();
  if (command === "" || command === "[]") return "HEALTHCHECK CMD needs a command";
  if (command.startsWith("[")) {
    const problem = jsonFormProblem(command);
    if (problem) return `HEALTHCHECK: ${problem}`;
  }
  for (const flag of instruction.flags) {
    if (flag.value === null || flag.value === "") continue;
    if (flag.name === "retries") {
      if (!/^-?\d+$/.test(flag.value)) return `HEALTHCHECK --retries ${quoteInput(flag.value, 30)} is not a whole number`;
      if (Number(flag.value) < 0) return `HEALTHCHECK --retries can not be negative (${flag.value})`;
      continue;
    }
    const ms = goDurationMs(flag.value);
    if (ms === void 0) return `HEALTHCHECK --${flag.name} ${quoteInput(flag.value, 30)} is not a duration (such as 30s or 1m30s)`;
    if (ms !== 0 && ms < 1) return `HEALTHCHECK --${flag.name} can not be less than 1ms`;
  }
  return void 0;
}

// src/dockerfile/model.ts
function newStage(fields) {
  return new StageRecord(fields);
}
var StageRecord = class {
  index;
  name;
  line;
  base;
  parent;
  instructions;
  user;
  environment;
  constructor(fields) {
    Object.assign(this, fields);
  }
  get env() {
    return this.environment.toRecord();
  }
};
function finalStage(model) {
  return model.stages[model.stages.length - 1];
}
function stageChain(model, stage = finalStage(model)) {
  const chain = [];
  for (let current = stage; current; current = current.parent === void 0 ? void 0 : model.stages[current.parent]) {
    chain.push(current);
  }
  return chain.reverse();
}

// src/dockerfile/parse.ts
var CHUNK_BYTES = 32 * 1024;
var KEYWORDS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var DOCKERFILE_LIMITS = { maxBytes: 1024 * 1024, maxWords: 2e5, maxStages: 16384 };
function checkDockerfileSize(text, displayPath3) {
  if (text.length > DOCKERFILE_LIMITS.maxBytes) {
    throw new GateError(`${displayPath3}: larger than ${formatBytes(DOCKERFILE_LIMITS.maxBytes)}, too large for a Dockerfile`);
  }
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 11 || code === 12;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  if (words > DOCKERFILE_LIMITS.maxWords) {
    throw new GateError(`${displayPath3}: ${words} words, more than a Dockerfile can hold here (limit ${DOCKERFILE_LIMITS.maxWords})`);
  }
}
async function loadDockerfile(filePath, displayPath3, options = {}) {
  const bytes = await readInputFile(filePath, { label: displayPath3, noun: "the Dockerfile", kind: "a Dockerfile", maxBytes: DOCKERFILE_LIMITS.maxBytes });
  return parseDockerfile(decodeText(bytes, displayPath3), displayPath3, options);
}
function decodeText(bytes, displayPath3) {
  if (bytes.includes(0)) throw new GateError(`${displayPath3}: binary content (NUL bytes), not a Dockerfile`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GateError(`${displayPath3}: not valid UTF-8 text, not a Dockerfile`);
  }
  return text.replace(/^\uFEFF/, "");
}
function platformArgs(platform) {
  const [os = "linux", arch = "amd64", variant = ""] = platform.split("/");
  const args = {};
  for (const prefix of ["TARGET", "BUILD"]) {
    args[`${prefix}PLATFORM`] = platform;
    args[`${prefix}OS`] = os;
    args[`${prefix}ARCH`] = arch;
    args[`${prefix}VARIANT`] = variant;
  }
  return args;
}
function parseDockerfile(source, displayPath3, options = {}) {
  const text = source.replace(/\r\n?/g, "\n");
  checkDockerfileSize(text, displayPath3);
  const buildArgs = options.buildArgs ?? {};
  const { escape, count: count2, chunks } = parseChunks(text, options.chunkBytes ?? CHUNK_BYTES);
  const lines = text.split("\n");
  const fail = (line, problem) => {
    throw new GateError(`${where(displayPath3, line)}: ${problem}`);
  };
  if (count2 === 0) {
    fail(void 0, text.trim() === "" ? "the file is empty; expected a Dockerfile" : "no instructions found; expected a Dockerfile with a FROM");
  }
  const globalValues = new Map(Object.entries(platformArgs(options.platform ?? "linux/amd64")));
  const globalArgs = [];
  const instructions = [];
  const stages = [];
  const imageUses = [];
  const variableNames = new VariableNames();
  const emptyEnvironment = Environment.empty(variableNames);
  let stageArgs = /* @__PURE__ */ new Map();
  let stageEnv = new EnvironmentBuilder(emptyEnvironment);
  const stageLookup = (name) => stageEnv.get(name) ?? stageArgs.get(name);
  const globalLookup = (name) => globalValues.get(name);
  const stageNames = /* @__PURE__ */ new Map();
  const findStage = (value, before2) => {
    if (/^\d+$/.test(value)) {
      const index2 = Number(value);
      return index2 < before2 ? index2 : void 0;
    }
    const index = stageNames.get(value.toLowerCase());
    return index !== void 0 && index < before2 ? index : void 0;
  };
  const resolveImageUse = (kind, written, line, stage, lookup) => {
    const { value, missing } = expandWord(written, lookup, escape);
    const use = { kind, stage, line, written, resolved: value, missing, scratch: false };
    if (missing.length > 0) return use;
    const stageRef = findStage(value, kind === "from" ? stage : stage + 1);
    if (stageRef !== void 0 && stageRef !== stage) {
      use.stageRef = stageRef;
      return use;
    }
    if (kind !== "from" && stageRef === stage) {
      fail(line, `${kind === "copy-from" ? "COPY --from" : "RUN --mount from"} refers to its own stage ${quoteInput(value, 40)}`);
    }
    if (value.toLowerCase() === "scratch") {
      use.scratch = true;
      return use;
    }
    try {
      use.reference = parseImageReference(value);
    } catch (error) {
      if (error instanceof ImageReferenceError) fail(line, error.message);
      throw error;
    }
    return use;
  };
  for (const chunk of chunks) {
    const nodes = chunk.instructions;
    for (let position = 0; position < nodes.length; position++) {
      const node = nodes[position];
      nodes[position] = void 0;
      convert(node, chunk.lineOffset);
      releaseWords(node);
    }
  }
  function convert(node, lineOffset) {
    const keyword = node.getKeyword().toUpperCase();
    const range = node.getRange();
    const line = range.start.line + 1 + lineOffset;
    const endLine = range.end.line + 1 + lineOffset;
    if (!KEYWORDS.has(keyword)) {
      const written = (lines[range.start.line] ?? "").trim().split(/\s/, 1)[0] || node.getKeyword();
      const hint = /[=:]/.test(written) ? " (a line that continues the one before it without a trailing backslash?)" : "";
      fail(line, `unknown instruction ${quoteInput(written, 40)}${hint}`);
    }
    const stageIndex = stages.length - 1;
    if (stageIndex < 0 && keyword !== "ARG" && keyword !== "FROM") {
      fail(line, `${keyword} before the first FROM; only ARG may come before FROM`);
    }
    const instruction = {
      keyword,
      line,
      endLine,
      stage: keyword === "FROM" ? stageIndex + 1 : stageIndex,
      args: "",
      flags: flagsOf(node),
      heredocs: heredocsOf(node, lines, lineOffset)
    };
    const raw = node.getRawArgumentsContent() ?? "";
    if (instruction.heredocs.length > 0) {
      instruction.args = raw.split("\n", 1)[0].trim();
    } else {
      const joined = joinContinuations(raw, escape);
      instruction.args = joined.text;
      if (joined.segments.length > 1) instruction.segments = joined.segments.map((segment) => ({ offset: segment.offset, line: line + segment.line }));
    }
    const json = execForm(instruction.args);
    if (json !== void 0 && ["RUN", "CMD", "ENTRYPOINT", "SHELL", "HEALTHCHECK"].includes(keyword)) instruction.json = json;
    const refused = refusal({ instruction, properties: propertiesOf(node), expand: (word) => expandWord(word, stageLookup, escape) });
    if (refused !== void 0) fail(line, refused);
    if (["EXPOSE", "WORKDIR", "VOLUME", "STOPSIGNAL"].includes(keyword) && stageIndex >= 0) {
      instruction.expanded = expandWord(instruction.args, stageLookup, escape).value;
    }
    switch (keyword) {
      case "FROM": {
        const args = node.getArguments().map((argument) => argument.getValue());
        if (args.length === 0) fail(line, "FROM without an image");
        if (!(args.length === 1 || args.length === 3 && args[1].toLowerCase() === "as")) {
          fail(line, `FROM takes an image and optionally "AS <name>", got ${quoteInput(args.join(" "))}`);
        }
        const index = stages.length;
        if (index >= DOCKERFILE_LIMITS.maxStages) fail(line, `more than ${DOCKERFILE_LIMITS.maxStages} stages, more than a Dockerfile can hold here`);
        const name = args.length === 3 ? args[2].toLowerCase() : void 0;
        if (name !== void 0 && !/^[a-z][a-z0-9._-]*$/.test(name)) fail(line, `invalid stage name ${quoteInput(args[2], 40)}`);
        if (name !== void 0 && stageNames.has(name)) fail(line, `duplicate stage name ${quoteInput(args[2], 40)}`);
        const base = resolveImageUse("from", args[0], line, index, globalLookup);
        const parent = base.stageRef !== void 0 ? stages[base.stageRef] : void 0;
        const previous = stages[stages.length - 1];
        if (previous) previous.environment = stageEnv.snapshot();
        stageArgs = /* @__PURE__ */ new Map();
        stageEnv = new EnvironmentBuilder(parent ? parent.environment : emptyEnvironment);
        const stage = newStage({ index, name, line, base, parent: parent?.index, instructions: [], user: parent?.user, environment: stageEnv.snapshot() });
        stages.push(stage);
        if (name !== void 0) stageNames.set(name, index);
        imageUses.push(base);
        instruction.stage = index;
        break;
      }
      case "ARG": {
        const properties = [];
        for (const property of propertiesOf(node)) {
          const name = property.getName();
          const written = property.getValue() === null ? null : rawValueOf(property);
          let value;
          let missing = [];
          if (stageIndex < 0) {
            if (written !== null) ({ value, missing } = expandWord(written, globalLookup, escape));
            value = buildArgs[name] ?? value;
            globalValues.set(name, value);
            globalArgs.push({ name, written, value: value ?? null, missing });
          } else {
            if (written !== null) ({ value, missing } = expandWord(written, stageLookup, escape));
            else value = globalValues.get(name);
            value = buildArgs[name] ?? value;
            stageArgs.set(name, value);
          }
          properties.push({ name, written, value: value ?? null, missing });
        }
        instruction.properties = properties;
        break;
      }
      case "ENV": {
        const properties = propertiesOf(node).map((property) => {
          const written = rawValueOf(property);
          const { value, missing } = expandWord(written, stageLookup, escape);
          return { name: property.getName(), written, value, missing };
        });
        for (const property of properties) stageEnv.set(property.name, property.value ?? "");
        instruction.properties = properties;
        break;
      }
      case "LABEL": {
        instruction.properties = propertiesOf(node).map((property) => {
          const written = rawValueOf(property);
          const { value, missing } = expandWord(written, stageLookup, escape);
          return { name: property.getName(), written, value, missing };
        });
        break;
      }
      case "USER": {
        const written = instruction.args.trim();
        if (written === "") fail(line, "USER without a user");
        const { value, missing } = expandWord(written, stageLookup, escape);
        stages[stageIndex].user = { written, value, missing, line, stage: stageIndex };
        break;
      }
      case "COPY": {
        const from = instruction.flags.find((flag) => flag.name === "from");
        if (from?.value) imageUses.push(resolveImageUse("copy-from", from.value, line, stageIndex, stageLookup));
        break;
      }
      case "RUN": {
        for (const flag of instruction.flags) {
          if (flag.name !== "mount" || !flag.value) continue;
          const fromOption = flag.value.split(",").map((part) => part.split("=")).find(([key]) => key === "from");
          if (fromOption?.[1]) imageUses.push(resolveImageUse("mount-from", fromOption[1], line, stageIndex, stageLookup));
        }
        break;
      }
      case "ONBUILD": {
        const trigger = node.getTriggerInstruction?.();
        if (trigger) instruction.trigger = { keyword: trigger.getKeyword().toUpperCase(), args: trigger.getArgumentsContent() ?? "" };
        break;
      }
    }
    instructions.push(instruction);
    stages[instruction.stage]?.instructions.push(instruction);
  }
  if (stages.length === 0) fail(void 0, "no FROM instruction; not a Dockerfile");
  stages[stages.length - 1].environment = stageEnv.snapshot();
  return { path: displayPath3, escape, text, instructions, stages, imageUses, globalArgs };
}
function joinContinuations(raw, escape) {
  const continuation = new RegExp(`${escape.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}[ \\t]*$`);
  const rawLines = raw.split("\n");
  const pieces = [];
  let length = 0;
  let last = (rawLines[0] ?? "").trimStart();
  const segments = [{ offset: 0, line: 0 }];
  for (let index = 1; index < rawLines.length; index++) {
    const line = rawLines[index];
    if (/^\s*(?:#|$)/.test(line)) continue;
    last = `${last.replace(continuation, "")} `;
    pieces.push(last);
    length += last.length;
    segments.push({ offset: length, line: index });
    last = line.trim();
  }
  pieces.push(last.replace(continuation, ""));
  return { text: pieces.join("").trimEnd(), segments };
}
function flagsOf(node) {
  const withFlags = node;
  return (withFlags.getFlags?.() ?? []).map((flag) => ({ name: flag.getName().toLowerCase(), value: flag.getValue() }));
}
function propertiesOf(node) {
  const withProperties = node;
  return withProperties.getProperties?.() ?? [];
}
function rawValueOf(property) {
  return property.getUnescapedValue() ?? property.getValue() ?? "";
}
function heredocsOf(node, lines, lineOffset) {
  const withHeredocs = node;
  const heredocs = withHeredocs.getHeredocs?.() ?? [];
  return heredocs.map((heredoc) => {
    const range = heredoc.getContentRange();
    if (!range) return { name: heredoc.getName(), content: "", line: node.getRange().start.line + 2 + lineOffset };
    const body = lines.slice(range.start.line + lineOffset, range.end.line + 1 + lineOffset);
    if (body.length > 0) {
      body[body.length - 1] = body[body.length - 1].slice(0, range.end.character);
      body[0] = body[0].slice(range.start.character);
    }
    return { name: heredoc.getName(), content: body.join("\n"), line: range.start.line + 1 + lineOffset };
  });
}
function execForm(args) {
  const trimmed = args.trim();
  if (!trimmed.startsWith("[")) return void 0;
  try {
    const parsed = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
  } catch {
  }
  return void 0;
}

// src/checks/types.ts
var PRESET_NAMES = ["default", "strict"];
function defineCheck(check) {
  return check;
}
function makeFinding(check, fields) {
  if (!check.openRules && !Object.hasOwn(check.rules, fields.rule))
    throw new Error(`check ${check.id} reports rule "${fields.rule}", which it does not declare`);
  const finding = {
    check: check.id,
    rule: fields.rule,
    severity: fields.severity ?? check.severity,
    message: fields.message,
    location: fields.location,
    fingerprint: fingerprintOf(check.id, fields.rule, fields.key)
  };
  if (fields.evidence !== void 0) finding.evidence = fields.evidence;
  if (fields.id !== void 0) finding.id = fields.id;
  if (fields.package !== void 0) finding.package = fields.package;
  if (fields.fixable !== void 0) finding.fixable = fields.fixable;
  return finding;
}
function dockerfileFindings(check, file) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  return {
    findings,
    add(rule, message, line, what) {
      const key = `${rule}|${line}|${what}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(makeFinding(check, { rule, message, location: { file, line }, key: `${file}|${rule}|${what}` }));
    }
  };
}

// src/checks/add-remote-url.ts
var REMOTE = /^(?:https?|ftp):\/\/|^git@|^ssh:\/\/|\.git(?:#.*)?$/i;
var addRemoteUrl = defineCheck({
  id: "add-remote-url",
  title: "ADD downloads from a URL",
  severity: "medium",
  rationale: "ADD <url> fetches content at build time without verifying it, so whoever controls the URL (or the network) controls what ships.",
  remediation: "Download with a verified checksum (ADD --checksum=sha256:<digest> <url>, or curl then sha256sum -c), or COPY the file from the build context.",
  references: ["CIS Docker Benchmark 4.9", "NIST SP 800-190 §4.1.5", "hadolint DL3020", "Trivy DS-0005"],
  rules: {
    "unverified-download": "ADD of a remote URL without a checksum"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ADD") continue;
      if (instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
      const words = execForm(instruction.args) ?? instruction.args.split(/\s+/).filter((word) => word !== "");
      for (const source of words.slice(0, -1)) {
        if (!REMOTE.test(source)) continue;
        const shown = source.replace(/\/\/[^/@]*@/, "//…@").slice(0, 120);
        findings.push(
          makeFinding(addRemoteUrl, {
            rule: "unverified-download",
            message: `ADD fetches ${shown} without a checksum.`,
            location: { file, line: instruction.line },
            key: `${file}|${shown}`
          })
        );
      }
    }
    return findings;
  }
});

// src/dockerfile/shell.ts
var lineStarts = /* @__PURE__ */ new WeakMap();
function countAtOrBefore(values, offset, valueOf) {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = low + high >> 1;
    if (valueOf(values[middle]) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
function lineInScript(script, offset) {
  if (script.segments) {
    const count2 = countAtOrBefore(script.segments, offset, (segment) => segment.offset);
    return count2 === 0 ? script.line : script.segments[count2 - 1].line;
  }
  let starts = lineStarts.get(script);
  if (!starts) {
    starts = [];
    for (let index = script.text.indexOf("\n"); index !== -1; index = script.text.indexOf("\n", index + 1)) starts.push(index + 1);
    lineStarts.set(script, starts);
  }
  return script.line + countAtOrBefore(starts, offset, (start) => start);
}
var SHELLS = /(?:^|\/)(?:ba|da|z|k|a|fi)?sh$/;
var scriptsOfInstruction = /* @__PURE__ */ new WeakMap();
var commandsOfScript = /* @__PURE__ */ new WeakMap();
function runScripts(instruction) {
  let scripts = scriptsOfInstruction.get(instruction);
  if (!scripts) {
    scripts = findRunScripts(instruction);
    scriptsOfInstruction.set(instruction, scripts);
  }
  return scripts;
}
function findRunScripts(instruction) {
  const scripts = [];
  if (instruction.keyword === "ONBUILD") {
    if (instruction.trigger?.keyword === "RUN") scripts.push({ text: instruction.trigger.args, line: instruction.line });
    return scripts;
  }
  if (instruction.keyword !== "RUN") return scripts;
  if (instruction.json) {
    const [program, ...rest] = instruction.json;
    const dashC = rest.indexOf("-c");
    if (program !== void 0 && SHELLS.test(program) && dashC !== -1 && rest[dashC + 1] !== void 0) {
      scripts.push({ text: rest[dashC + 1], line: instruction.line });
    } else {
      scripts.push({ text: instruction.json.map(quoteWord).join(" "), line: instruction.line });
    }
  } else {
    const heredocNames = instruction.heredocs.map((heredoc) => heredoc.name);
    const firstLine2 = instruction.args.replace(/<<-?["']?[A-Za-z0-9_]+["']?/g, "").trim();
    if (heredocNames.length === 0) {
      scripts.push(
        instruction.segments ? { text: instruction.args, line: instruction.line, segments: instruction.segments } : { text: instruction.args, line: instruction.line }
      );
    } else if (firstLine2 !== "" && !heredocNames.includes(firstLine2)) scripts.push({ text: firstLine2.split("\n")[0], line: instruction.line });
    for (const heredoc of instruction.heredocs) scripts.push({ text: heredoc.content, line: heredoc.line });
  }
  return scripts;
}
function quoteWord(word) {
  return /[\s'"]/.test(word) ? `'${word.replace(/'/g, "'\\''")}'` : word;
}
function shellCommands(script) {
  let commands = commandsOfScript.get(script);
  if (!commands) {
    commands = splitCommands(script);
    commandsOfScript.set(script, commands);
  }
  return commands;
}
function splitCommands(script) {
  const commands = [];
  const text = script.text;
  let words = [];
  let word = "";
  let inWord = false;
  let commandStart = -1;
  let pipeNext = false;
  let previous;
  const startWord = (offset) => {
    if (commandStart === -1) commandStart = offset;
    inWord = true;
  };
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = (pipe) => {
    endWord();
    if (words.length > 0) {
      const command = { words, line: lineInScript(script, Math.max(commandStart, 0)) };
      if (pipeNext && previous) command.pipedFrom = previous;
      commands.push(command);
      previous = command;
    } else if (!pipe) {
      previous = void 0;
    }
    pipeNext = pipe;
    words = [];
    commandStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length) {
      if (text[i + 1] !== "\n") {
        startWord(i);
        word += text[i + 1];
      }
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1);
      const end = close === -1 ? text.length : close;
      startWord(i);
      word += text.slice(i + 1, end);
      i = end;
      continue;
    }
    if (c === "#" && !inWord) {
      const newline = text.indexOf("\n", i);
      i = (newline === -1 ? text.length : newline) - 1;
      continue;
    }
    if (c === "\n") {
      endCommand(false);
      continue;
    }
    if (c === " " || c === "	") {
      endWord();
      continue;
    }
    if (c === "|") {
      const double = text[i + 1] === "|";
      endCommand(!double);
      if (double) i++;
      continue;
    }
    if (c === "&" || c === ";" || c === "(" || c === ")" || c === "`" || c === "{" || c === "}") {
      if (c === "&" && text[i + 1] === "&") i++;
      if ((c === "{" || c === "}") && inWord) {
        word += c;
        continue;
      }
      endCommand(false);
      continue;
    }
    if (c === "$" && text[i + 1] === "(") {
      endCommand(false);
      i++;
      continue;
    }
    if (c === "<" && text[i + 1] === "(") {
      endWord();
      words.push("<(");
      endCommand(true);
      i++;
      continue;
    }
    startWord(i);
    word += c;
  }
  endCommand(false);
  return commands;
}
function programOf(command) {
  const words = command.words;
  let index = 0;
  while (index < words.length) {
    const first = words[index];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) {
      index++;
      continue;
    }
    if (WRAPPERS.has(first)) {
      index++;
      while (words[index]?.startsWith("-")) index++;
      continue;
    }
    return { program: first.replace(/^.*\//, ""), args: words.slice(index + 1) };
  }
  return void 0;
}
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "exec", "command", "nohup", "time", "xargs"]);
function* commandsOf(instructions) {
  for (const instruction of instructions) {
    for (const script of runScripts(instruction)) {
      for (const command of shellCommands(script)) yield { instruction, command };
    }
  }
}

// src/checks/curl-pipe-shell.ts
var DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget", "fetch", "aria2c"]);
var INTERPRETERS = /^(?:ba|da|z|k|a|fi)?sh$|^(?:python[0-9.]*|perl|ruby|node|php)$/;
var curlPipeShell = defineCheck({
  id: "curl-pipe-shell",
  title: "Remote script piped into a shell",
  severity: "medium",
  rationale: "curl ... | sh runs whatever the server returns at build time, unreviewed and unverified, with the build's privileges.",
  remediation: "Download the script or package to a file, verify its checksum or signature, then run it; better, install from a signed package repository.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.11"],
  rules: {
    "pipe-to-interpreter": "Download piped into an interpreter"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { command, instruction } of commandsOf(dockerfile.instructions)) {
      const program = programOf(command)?.program;
      const source = command.pipedFrom ? programOf(command.pipedFrom) : void 0;
      let downloader;
      let interpreter;
      if (program && INTERPRETERS.test(program) && source && DOWNLOADERS.has(source.program)) {
        downloader = source.program;
        interpreter = program;
      } else if (program && DOWNLOADERS.has(program) && source && INTERPRETERS.test(source.program) && command.pipedFrom.words.includes("<(")) {
        downloader = program;
        interpreter = source.program;
      } else if (program && INTERPRETERS.test(program)) {
        const inline = command.words.find((word) => /(?:\$\(|`)\s*(?:curl|wget)\b/.test(word));
        if (inline) {
          downloader = /wget/.test(inline) ? "wget" : "curl";
          interpreter = program;
        }
      }
      if (!downloader || !interpreter || seen.has(command.line)) continue;
      seen.add(command.line);
      findings.push(
        makeFinding(curlPipeShell, {
          rule: "pipe-to-interpreter",
          message: `${instruction.keyword === "ONBUILD" ? "ONBUILD RUN" : "RUN"} pipes a ${downloader} download into ${interpreter}.`,
          location: { file, line: command.line },
          key: `${file}|${downloader}|${interpreter}|${command.words.join(" ")}`
        })
      );
    }
    return findings;
  }
});

// src/image/accounts.ts
function rows(text) {
  return text.split("\n").map((raw, index) => ({ raw: raw.replace(/\r$/, ""), line: index + 1 })).filter(({ raw }) => raw.trim() !== "" && !raw.startsWith("#") && !raw.startsWith("+") && !raw.startsWith("-")).map(({ raw, line }) => ({ fields: raw.split(":"), line }));
}
function parsePasswd(text) {
  return rows(text).filter(({ fields }) => fields.length >= 4 && /^\d+$/.test(fields[2]) && /^\d+$/.test(fields[3])).map(({ fields, line }) => ({ name: fields[0], password: fields[1], uid: Number(fields[2]), gid: Number(fields[3]), line }));
}
function parseGroup(text) {
  return rows(text).filter(({ fields }) => fields.length >= 3 && /^\d+$/.test(fields[2])).map(({ fields, line }) => ({ name: fields[0], gid: Number(fields[2]), line }));
}
function parseShadow(text) {
  return rows(text).filter(({ fields }) => fields.length >= 2).map(({ fields, line }) => ({ name: fields[0], hash: fields[1], line }));
}

// src/checks/image-files.ts
function visibleFile(image, path4) {
  for (let index = image.files.length - 1; index >= 0; index--) {
    const file = image.files[index];
    if (file.path === path4 && !file.deleted) return file;
  }
  return void 0;
}
function layerLocation(file) {
  return { layer: file.layerDigest, path: file.path, deleted: file.deleted };
}
function octalMode(mode) {
  return (mode & 4095).toString(8).padStart(4, "0");
}

// src/checks/duplicate-ids.ts
var duplicateIds = defineCheck({
  id: "duplicate-ids",
  title: "Duplicate user or group IDs",
  severity: "medium",
  rationale: "Two accounts with one uid are one identity under two names: a second uid 0 account is root that audits and allow-lists miss.",
  remediation: "Give every account its own uid (and every group its own gid); remove aliases of root.",
  references: ["CIS Docker Benchmark 4.1", "Dockle DKL-LI-0002"],
  rules: {
    "uid-0-alias": "Another account with uid 0",
    "duplicate-uid": "Two accounts share a uid",
    "duplicate-gid": "Two groups share a gid"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    const passwd = visibleFile(image, "/etc/passwd");
    if (passwd && image.etc.passwd !== void 0) {
      const byUid = /* @__PURE__ */ new Map();
      for (const entry of parsePasswd(image.etc.passwd)) byUid.set(entry.uid, [...byUid.get(entry.uid) ?? [], entry.name]);
      for (const [uid, names] of byUid) {
        if (names.length < 2) continue;
        findings.push(
          makeFinding(duplicateIds, {
            rule: uid === 0 ? "uid-0-alias" : "duplicate-uid",
            severity: uid === 0 ? "high" : "medium",
            message: `uid ${uid} is shared by ${names.join(", ")} in /etc/passwd${uid === 0 ? ": more than one name for root" : ""}.`,
            location: layerLocation(passwd),
            key: `uid|${uid}`
          })
        );
      }
    }
    const group = visibleFile(image, "/etc/group");
    if (group && image.etc.group !== void 0) {
      const byGid = /* @__PURE__ */ new Map();
      for (const entry of parseGroup(image.etc.group)) byGid.set(entry.gid, [...byGid.get(entry.gid) ?? [], entry.name]);
      for (const [gid, names] of byGid) {
        if (names.length < 2) continue;
        findings.push(
          makeFinding(duplicateIds, {
            rule: "duplicate-gid",
            severity: "low",
            message: `gid ${gid} is shared by ${names.join(", ")} in /etc/group.`,
            location: layerLocation(group),
            key: `gid|${gid}`
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/empty-password.ts
var emptyPassword = defineCheck({
  id: "empty-password",
  title: "Account without a password",
  severity: "high",
  rationale: "An account with an empty password field lets anyone who reaches a login path (su, a shell service) become that user without a secret.",
  remediation: "Lock the account (passwd -l <user>, or usermod -p '!' <user>) or remove it; service accounts need no password.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "Dockle DKL-LI-0001"],
  rules: {
    "empty-shadow-hash": "Empty password hash in /etc/shadow",
    "empty-passwd-field": "Empty password field in /etc/passwd"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    const shadow = visibleFile(image, "/etc/shadow");
    if (shadow && image.etc.shadow !== void 0) {
      for (const entry of parseShadow(image.etc.shadow)) {
        if (entry.hash !== "") continue;
        findings.push(
          makeFinding(emptyPassword, {
            rule: "empty-shadow-hash",
            message: `Account "${entry.name}" has an empty password in /etc/shadow (line ${entry.line}).`,
            location: layerLocation(shadow),
            key: `shadow|${entry.name}`
          })
        );
      }
    }
    const passwd = visibleFile(image, "/etc/passwd");
    if (passwd && image.etc.passwd !== void 0) {
      for (const entry of parsePasswd(image.etc.passwd)) {
        if (entry.password !== "") continue;
        findings.push(
          makeFinding(emptyPassword, {
            rule: "empty-passwd-field",
            message: `Account "${entry.name}" has an empty password field in /etc/passwd (line ${entry.line}), so no password is asked.`,
            location: layerLocation(passwd),
            key: `passwd|${entry.name}`
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/expired-exception.ts
var expiredException = defineCheck({
  id: "expired-exception",
  title: "Policy exception has expired",
  severity: "low",
  rationale: "An exception is a time-boxed risk acceptance; once it expires the finding it covered counts again and the acceptance needs a fresh decision.",
  remediation: "Fix the finding and delete the exception, or review the risk again and set a new expires date with an updated reason.",
  references: ["NIST SP 800-190 §4.1.1"],
  rules: {
    expired: "Exception past its expiry date"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run() {
    return [];
  }
});
function expiredExceptionFinding(exception) {
  const scope = [exception.id, exception.path].filter(Boolean).join(" ");
  return makeFinding(expiredException, {
    rule: "expired",
    message: `The exception for ${exception.check}${scope ? ` ${scope}` : ""} expired on ${exception.expires}; it no longer applies.`,
    location: { file: exception.file, ...exception.line !== void 0 ? { line: exception.line } : {} },
    key: `${exception.file}|${exception.check}|${scope}|${exception.expires}`
  });
}

// src/checks/missing-attestations.ts
var ATTESTATION_REQUIREMENTS = { sbom: "no-sbom", provenance: "no-provenance" };
var WHAT = { sbom: "an SBOM (SPDX or CycloneDX)", provenance: "SLSA provenance (v0.2 or v1)" };
function describe2(record) {
  const where2 = record.discovery === "image-index" ? "in the image index" : record.discovery === "cosign-tag" ? `in ${record.where}` : `as ${record.discovery === "oci-layout" ? "a layout entry" : "a referrer"}`;
  if (record.unreadable !== void 0) return `${record.predicateType || "an attestation"} ${where2} cannot be read: ${record.unreadable}`;
  return `${record.predicateType} ${where2} names ${record.subjects.join(", ") || "no digest"}`;
}
var OPTIONS = {
  require: optional(array(_enum(["sbom", "provenance"])).check(describe("Which attestations the image must have (default: sbom and provenance)")))
};
var missingAttestations = defineCheck({
  id: "missing-attestations",
  title: "Image has no SBOM or provenance attestation",
  severity: "medium",
  rules: { "no-sbom": "No SBOM attestation for the image", "no-provenance": "No SLSA provenance attestation for the image" },
  options: OPTIONS,
  presets: {
    default: { action: "off", why: "Reaches the registry: turn it on in your own policy." },
    strict: { action: "fail", why: "Images read from a registry must carry an SBOM and provenance." }
  },
  network: true,
  rationale: "Without an SBOM nobody can tell what an image contains when the next vulnerability lands, and without provenance nobody can tell which source and build produced it.",
  remediation: "Build with docker buildx build --sbom=true --provenance=mode=max --push, or attest the pushed digest (actions/attest-build-provenance with push-to-registry, cosign attest --type slsaprovenance|spdxjson).",
  references: ["NIST SP 800-190 §4.1.5", "NIST SP 800-218 PS.3.2", "SLSA Build L1"],
  run(evidence, options) {
    const attestations = evidence.attestations;
    if (!attestations) return [];
    const required = options.require ?? ["sbom", "provenance"];
    const findings = [];
    const digests = attestations.digests.map((entry) => entry.digest);
    for (const kind of required) {
      const records = attestations.records.filter((record) => record.kind === kind);
      if (records.some((record) => record.matches && record.unreadable === void 0)) continue;
      const rule = ATTESTATION_REQUIREMENTS[kind];
      const others = records.length > 0 ? ` Found, but not for this image: ${records.slice(0, 3).map(describe2).join("; ")}.` : "";
      findings.push(
        makeFinding(missingAttestations, {
          rule,
          message: `The image has no ${WHAT[kind]} attestation whose subject is ${digests.join(" or ")} (looked in the image index and its referrers).${others}`,
          location: { image: attestations.image },
          key: `${attestations.image.replace(/@.*$/, "")}|${rule}`
        })
      );
    }
    return findings;
  }
});

// src/checks/missing-healthcheck.ts
function fromDockerfile(dockerfile) {
  const file = dockerfile.path;
  const healthchecks = stageChain(dockerfile).flatMap((stage) => stage.instructions.filter((instruction) => instruction.keyword === "HEALTHCHECK"));
  const last = healthchecks[healthchecks.length - 1];
  if (!last) return { rule: "no-healthcheck", message: "The final stage defines no HEALTHCHECK.", location: { file, line: finalStage(dockerfile).line } };
  if (/^none$/i.test(last.args.trim())) {
    return {
      rule: "healthcheck-disabled",
      message: "HEALTHCHECK NONE disables the health check the base image may define.",
      location: { file, line: last.line }
    };
  }
  return void 0;
}
var missingHealthcheck = defineCheck({
  id: "missing-healthcheck",
  title: "No HEALTHCHECK",
  severity: "low",
  rationale: "Without a health check a hung process keeps receiving traffic; the orchestrator only sees that it has not exited.",
  remediation: "Add HEALTHCHECK CMD <probe> to the final stage, or turn this check off when the ECS task definition or Kubernetes probes define health instead.",
  references: ["CIS Docker Benchmark 4.6", "Dockle CIS-DI-0006", "Trivy DS-0026"],
  rules: {
    "no-healthcheck": "No HEALTHCHECK",
    "healthcheck-disabled": "HEALTHCHECK NONE"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile ? fromDockerfile(evidence.dockerfile) : void 0;
    let verdict = dockerfile;
    if (evidence.image) {
      const test = evidence.image.config.healthcheck?.test ?? [];
      const location = { config: "Healthcheck" };
      if (evidence.image.config.healthcheck === void 0 || test.length === 0)
        verdict = { rule: "no-healthcheck", message: "The image config has no Healthcheck.", location };
      else if (test[0] === "NONE") verdict = { rule: "healthcheck-disabled", message: "The image config disables the health check (NONE).", location };
      else verdict = void 0;
    }
    if (!verdict) return [];
    const finding = makeFinding(missingHealthcheck, { ...verdict, key: `${evidence.dockerfile?.path ?? ""}|healthcheck` });
    if (evidence.image && dockerfile) finding.locations = [verdict.location, dockerfile.location];
    return [finding];
  }
});

// src/checks/image-uses.ts
function externalImageUses(dockerfile) {
  return dockerfile.imageUses.filter((use) => use.stageRef === void 0 && !use.scratch);
}
function describeUse(use) {
  const shown = use.written === use.resolved || use.missing.length > 0 ? use.written : `${use.written} (= ${use.resolved})`;
  switch (use.kind) {
    case "from":
      return `FROM ${shown}`;
    case "copy-from":
      return `COPY --from=${shown}`;
    case "mount-from":
      return `RUN --mount from=${shown}`;
  }
}
function describeMissing(use) {
  const names = use.missing;
  const plural2 = names.length > 1;
  return `${names.join(", ")} ${plural2 ? "have" : "has"} no value (pass ${names.map((name) => `--build-arg ${name}=...`).join(" ")})`;
}

// src/checks/mutable-tag.ts
var OPTIONS2 = {
  "require-digest": optional(boolean().check(describe("Every external image must be pinned with @sha256:<digest>")))
};
var mutableTag = defineCheck({
  id: "mutable-tag",
  title: "Base image is not pinned",
  severity: "medium",
  rationale: "A tag such as latest can point to different content tomorrow, so the same Dockerfile builds a different, unreviewed image.",
  remediation: "Pin every base image to a version tag and, for reproducible builds, a digest: FROM node:20.11-alpine@sha256:<digest>.",
  references: ["NIST SP 800-190 §4.2.2", "CIS Docker Benchmark 4.2", "hadolint DL3006/DL3007"],
  rules: {
    "implicit-latest": "No tag: implicitly latest",
    "latest-tag": "The latest tag",
    "not-digest-pinned": "Not pinned by digest",
    "unresolved-variable": "Reference holds a variable without a value"
  },
  options: OPTIONS2,
  presets: {
    default: {
      action: "fail",
      options: { "require-digest": false },
      why: "Untagged and :latest references fail; other tags pass until require-digest is set."
    },
    strict: { action: "fail", options: { "require-digest": true }, why: "Every external image is pinned by digest." }
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    for (const use of externalImageUses(dockerfile)) {
      const location = { file, line: use.line };
      const key = `${file}|${use.kind}|${use.written}`;
      if (use.missing.length > 0) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "unresolved-variable",
            message: `${describeUse(use)}: ${describeMissing(use)}, so the image cannot be known and is treated as mutable.`,
            location,
            key
          })
        );
        continue;
      }
      const reference = use.reference;
      if (reference.digest) continue;
      if (reference.implicitLatest) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "implicit-latest",
            message: `${describeUse(use)} has no tag, so it means ${reference.repository}:latest, which moves.`,
            location,
            key
          })
        );
      } else if (reference.tag === "latest") {
        findings.push(
          makeFinding(mutableTag, {
            rule: "latest-tag",
            message: `${describeUse(use)} uses the latest tag, which moves.`,
            location,
            key
          })
        );
      } else if (options["require-digest"]) {
        findings.push(
          makeFinding(mutableTag, {
            rule: "not-digest-pinned",
            message: `${describeUse(use)} is not pinned by digest; the policy requires @sha256:<digest>.`,
            location,
            key,
            severity: "low"
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/package-cache.ts
var CACHES = [
  {
    rule: "apt-lists",
    what: "apt package lists",
    pattern: /^\/var\/lib\/apt\/lists\/(?!lock$|partial(?:\/|$)|auxfiles(?:\/|$))[^/]+$/,
    fix: "rm -rf /var/lib/apt/lists/*"
  },
  { rule: "apt-archives", what: "downloaded .deb packages", pattern: /^\/var\/cache\/apt\/archives\/[^/]+\.deb$/, fix: "apt-get clean" },
  { rule: "apk-cache", what: "the apk cache", pattern: /^\/(?:var\/cache\/apk|etc\/apk\/cache)\/[^/]+$/, fix: "apk add --no-cache" },
  { rule: "pip-cache", what: "the pip cache", pattern: /^\/(?:root|home\/[^/]+)\/\.cache\/pip\//, fix: "pip install --no-cache-dir" },
  {
    rule: "npm-cache",
    what: "the npm cache",
    pattern: /^\/(?:root|home\/[^/]+)\/\.npm\/_cacache\//,
    fix: "npm cache clean --force, or RUN --mount=type=cache"
  },
  {
    rule: "yum-cache",
    what: "the yum/dnf cache",
    pattern: /^\/var\/cache\/(?:yum|dnf)\/.+\.(?:rpm|sqlite|solv|xml\.gz)$/,
    fix: "yum clean all / dnf clean all"
  }
];
var packageCache = defineCheck({
  id: "package-cache",
  title: "Package manager cache left in the image",
  severity: "low",
  rationale: "Package indexes and caches add size and stale metadata that scanners and attackers can read, and they show the image was not built with clean, reproducible steps.",
  remediation: "Clean up in the same RUN that installs (apt-get ... && rm -rf /var/lib/apt/lists/*, apk add --no-cache, pip --no-cache-dir), or use RUN --mount=type=cache.",
  references: ["Dockle DKL-DI-0004", "Dockle DKL-DI-0005", "hadolint DL3009", "Trivy DS-0017"],
  rules: {
    "apt-lists": "apt package lists left in the image",
    "apt-archives": "Downloaded .deb packages left in the image",
    "apk-cache": "apk cache left in the image",
    "pip-cache": "pip cache left in the image",
    "npm-cache": "npm cache left in the image",
    "yum-cache": "yum/dnf cache left in the image"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const cache of CACHES) {
      const files = image.files.filter((file) => !file.deleted && file.type === "file" && cache.pattern.test(file.path));
      if (files.length === 0) continue;
      const bytes = files.reduce((sum, file) => sum + file.size, 0);
      const largest = files.reduce((a, b) => b.size > a.size ? b : a);
      findings.push(
        makeFinding(packageCache, {
          rule: cache.rule,
          message: `The image keeps ${cache.what}: ${files.length} file${files.length === 1 ? "" : "s"}, ${(bytes / 1024 / 1024).toFixed(1)} MiB (clean with ${cache.fix}).`,
          location: layerLocation(largest),
          key: cache.rule
        })
      );
    }
    return findings;
  }
});

// src/checks/registry-settings.ts
function ecrWildcardMatch(filter, text) {
  const pattern = filter.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${pattern}$`).test(text);
}
function shellQuote(text) {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function cli(settings, command, args) {
  return `aws ecr ${command} ${args.join(" ")} --region ${settings.region}`;
}
function mutableTags(settings) {
  const base = ["--registry-id", settings.account, "--repository-name", shellQuote(settings.name)];
  const immutable = cli(settings, "put-image-tag-mutability", [...base, "--image-tag-mutability", "IMMUTABLE"]);
  const tag = settings.tag;
  const matching = tag === void 0 ? [] : settings.exclusionFilters.filter((entry) => ecrWildcardMatch(entry.filter, tag));
  switch (settings.tagMutability) {
    case "IMMUTABLE":
      return void 0;
    case "IMMUTABLE_WITH_EXCLUSION": {
      if (matching.length === 0) return void 0;
      const remaining = settings.exclusionFilters.filter((entry) => !matching.includes(entry));
      const fix = remaining.length === 0 ? immutable : cli(settings, "put-image-tag-mutability", [
        ...base,
        "--image-tag-mutability",
        "IMMUTABLE_WITH_EXCLUSION",
        "--image-tag-mutability-exclusion-filters",
        ...remaining.map((entry) => shellQuote(`filterType=${entry.filterType},filter=${entry.filter}`))
      ]);
      return {
        problem: `tags are immutable except those matching ${matching.map((entry) => `"${entry.filter}"`).join(", ")}, which the judged tag "${tag}" does: it can be overwritten`,
        fix
      };
    }
    case "MUTABLE_WITH_EXCLUSION":
      if (matching.length > 0) return void 0;
      return {
        problem: `tags are mutable except those matching ${settings.exclusionFilters.map((entry) => `"${entry.filter}"`).join(", ") || "no filter"}${tag === void 0 ? "" : `, and the judged tag "${tag}" matches none`}`,
        fix: immutable
      };
    default:
      return { problem: `imageTagMutability is ${settings.tagMutability}: any tag can be pushed over`, fix: immutable };
  }
}
function rulesWithRepository(settings) {
  const frequency = "SCAN_ON_PUSH";
  const rules = settings.registryRules.map((rule) => ({
    scanFrequency: rule.scanFrequency,
    repositoryFilters: rule.repositoryFilters.map((entry) => ({ ...entry }))
  }));
  const target = rules.find((rule) => rule.scanFrequency === frequency || settings.scanType === "ENHANCED" && rule.scanFrequency === "CONTINUOUS_SCAN");
  const filter = { filter: settings.name, filterType: "WILDCARD" };
  if (target) target.repositoryFilters.push(filter);
  else rules.push({ scanFrequency: frequency, repositoryFilters: [filter] });
  return JSON.stringify(rules);
}
function scanOnPush(settings) {
  const fix = cli(settings, "put-registry-scanning-configuration", ["--scan-type", settings.scanType, "--rules", shellQuote(rulesWithRepository(settings))]);
  if (settings.scanType === "ENHANCED") {
    const covering = settings.registryRules.filter(
      (rule) => (rule.scanFrequency === "SCAN_ON_PUSH" || rule.scanFrequency === "CONTINUOUS_SCAN") && rule.repositoryFilters.some((entry) => ecrWildcardMatch(entry.filter, settings.name))
    );
    if (covering.length > 0) return void 0;
    const filters = settings.registryRules.flatMap((rule) => rule.repositoryFilters.map((entry) => `"${entry.filter}"`));
    return { problem: `enhanced scanning is on, but no scanning rule's filter (${filters.join(", ") || "none"}) covers the repository ${settings.name}`, fix };
  }
  if (settings.scanFrequency === "SCAN_ON_PUSH" || settings.scanFrequency === "CONTINUOUS_SCAN") return void 0;
  return {
    problem: `basic scanning, and the repository's effective scan frequency is ${settings.scanFrequency ?? "not reported"}${settings.scanOnPush === false ? " (scanOnPush false)" : ""}: pushed images are not scanned`,
    fix
  };
}
var OPTIONS3 = {
  require: optional(
    array(_enum(["tag-immutability", "scan-on-push", "kms-encryption"])).check(describe("Which repository settings are required (default: all three)"))
  )
};
var registrySettings = defineCheck({
  id: "registry-settings",
  title: "ECR repository lets images change or ship unscanned",
  severity: "medium",
  rules: {
    "mutable-tags": "Tags of the repository can be overwritten",
    "scan-on-push-off": "Pushed images are not scanned",
    "no-kms-encryption": "The repository is not encrypted with KMS"
  },
  options: OPTIONS3,
  presets: {
    default: { action: "off", why: "Calls AWS: turn it on in your own policy." },
    strict: { action: "fail", why: "The repository behind --ecr-image must keep tags immutable, scan on push and encrypt with KMS." }
  },
  network: true,
  rationale: "A repository whose tags can be overwritten lets a later push replace what was reviewed; one that does not scan on push ships images nobody scanned; KMS keeps the encryption key under your control and its use in CloudTrail.",
  remediation: "Run the AWS CLI command in the finding: tag immutability and scanning are changed in place; encryption is chosen when a repository is created.",
  references: ["NIST SP 800-190 §4.2.2, §4.2.3", "CIS AWS Foundations (ECR)", "AWS Security Hub ECR.1, ECR.2"],
  run(evidence, options) {
    const settings = evidence.repositorySettings;
    if (!settings) return [];
    const required = options.require ?? ["tag-immutability", "scan-on-push", "kms-encryption"];
    const findings = [];
    const add = (rule, problem, fix) => findings.push(
      makeFinding(registrySettings, {
        rule,
        message: `ECR repository ${settings.name} (account ${settings.account}, ${settings.region}): ${problem}. Fix: ${fix}`,
        location: { image: settings.repository },
        key: `${settings.account}|${settings.region}|${settings.name}|${rule}`
      })
    );
    if (required.includes("tag-immutability")) {
      const problem = mutableTags(settings);
      if (problem) add("mutable-tags", problem.problem, problem.fix);
    }
    if (required.includes("scan-on-push")) {
      const problem = scanOnPush(settings);
      if (problem) add("scan-on-push-off", problem.problem, problem.fix);
    }
    if (required.includes("kms-encryption") && settings.encryptionType !== "KMS" && settings.encryptionType !== "KMS_DSSE") {
      add(
        "no-kms-encryption",
        `encrypted with ${settings.encryptionType} (S3-managed keys), not KMS; encryption cannot be changed on an existing repository`,
        `create a KMS-encrypted repository and push there: ${cli(settings, "create-repository", ["--repository-name", shellQuote(`${settings.name}-kms`), "--image-tag-mutability", "IMMUTABLE", "--encryption-configuration", "encryptionType=KMS"])} (or set encryptionType=KMS in a repository creation template for new repositories)`
      );
    }
    return findings;
  }
});

// src/checks/runtime-user.ts
var INT64_MIN = -(2n ** 63n);
var INT64_MAX = 2n ** 63n - 1n;
function goAtoi(text) {
  if (!/^[+-]?[0-9]+$/.test(text)) return void 0;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? void 0 : value;
}
function isRootUid(uid) {
  return BigInt.asUintN(32, uid) === 0n;
}
function runtimeUser(spec) {
  const user = spec.split(":", 1)[0] ?? "";
  if (user === "") return { kind: "default" };
  const uid = goAtoi(user);
  if (uid !== void 0) return { kind: "uid", uid, root: isRootUid(uid) };
  return { kind: "name", name: user };
}
function passwdUid(passwd, name) {
  const lines = passwd.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (line === "") continue;
    const fields = line.split(":");
    if (fields[0] !== name) continue;
    const field = fields[2] ?? "";
    const parsed = /^[+-]?[0-9]+$/.test(field) ? BigInt(field) : 0n;
    const uid = parsed > INT64_MAX ? INT64_MAX : parsed < INT64_MIN ? INT64_MIN : parsed;
    return { uid, line: index + 1 };
  }
  return void 0;
}

// src/checks/root-user.ts
function isRootUserName(user) {
  const parsed = runtimeUser(user);
  return user === "root" || parsed.kind === "uid" && parsed.root;
}
function dockerfileVerdict(dockerfile) {
  const stage = finalStage(dockerfile);
  const file = dockerfile.path;
  const stageName = stage.name ? `"${stage.name}"` : `(FROM ${stage.base.written})`;
  const user = stage.user;
  if (!user) {
    return {
      rule: "no-user",
      message: `The final stage ${stageName} sets no USER, so the container runs as its base image's user, which is root for most images.`,
      location: { file, line: stage.line }
    };
  }
  const inherited = user.stage !== stage.index ? ` (inherited from stage ${dockerfile.stages[user.stage]?.name ?? user.stage})` : "";
  const userPart = user.value.split(":")[0] ?? "";
  if (userPart === "" && user.missing.length > 0) {
    return {
      rule: "user-unresolved",
      message: `USER ${user.written}${inherited} refers to ${user.missing.join(", ")}, which has no value; the user would be empty, which is root.`,
      location: { file, line: user.line }
    };
  }
  if (userPart === "") {
    return {
      rule: "user-root",
      message: `The final stage ${stageName} runs as root: USER ${user.written}${inherited} names no user, and runtimes run that as uid 0.`,
      location: { file, line: user.line }
    };
  }
  if (isRootUserName(userPart)) {
    const written = user.written === user.value ? user.written : `${user.written} (= ${user.value})`;
    return { rule: "user-root", message: `The final stage ${stageName} runs as root: USER ${written}${inherited}.`, location: { file, line: user.line } };
  }
  return void 0;
}
function imageVerdict(image) {
  const location = { config: "User" };
  const user = image.config.user.trim();
  if (user === "") return { rule: "config-user-empty", message: "The image config sets no User, so the container runs as root.", location };
  const parsed = runtimeUser(user);
  if (parsed.kind === "default") {
    return { rule: "config-user-empty", message: `The image config's User "${user}" names no user, so the container runs as root (uid 0).`, location };
  }
  if (parsed.kind === "uid") {
    if (!parsed.root) return void 0;
    const plain = /^0+(?::|$)/.test(user) ? "" : ` (container runtimes read ${user.split(":", 1)[0]} as uid 0)`;
    return { rule: "config-user-root", message: `The image config runs the container as root (User "${user}")${plain}.`, location };
  }
  if (parsed.name === "root") return { rule: "config-user-root", message: `The image config runs the container as root (User "${user}").`, location };
  if (image.etc.passwd !== void 0) {
    const account = passwdUid(image.etc.passwd, parsed.name);
    if (account && isRootUid(account.uid)) {
      return {
        rule: "passwd-uid-0",
        message: `The image config's User "${user}" is uid 0 in the image's /etc/passwd (line ${account.line}): the container runs as root under another name.`,
        location
      };
    }
    return void 0;
  }
  const problem = image.etcUnreadable?.passwd;
  if (problem !== void 0) {
    return {
      rule: "accounts-unreadable",
      message: `The image config's User "${user}" is a name, and the image's accounts could not be read (${problem}): the gate cannot tell whether it is uid 0.`,
      location
    };
  }
  return void 0;
}
var rootUser = defineCheck({
  id: "root-user",
  title: "Image runs as root",
  severity: "high",
  rationale: "A process running as uid 0 turns any container escape or file-write bug into host-level damage.",
  remediation: "Create an unprivileged user and end the final stage with USER <uid>:<gid> (a numeric uid that is not 0).",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "AWS ECS best practices: run as non-root"],
  rules: {
    "no-user": "The final stage sets no USER",
    "user-root": "USER is root",
    "user-unresolved": "USER resolves to an empty user",
    "config-user-empty": "The image config sets no User",
    "config-user-root": "The image config's User is root",
    "passwd-uid-0": "The User is uid 0 in the image's /etc/passwd",
    "accounts-unreadable": "The User is a name the image's unreadable /etc/passwd cannot resolve"
  },
  presets: {
    default: { action: "fail", why: "Running as root is almost never needed in production." },
    strict: { action: "fail" }
  },
  run(evidence) {
    const fromDockerfile3 = evidence.dockerfile ? dockerfileVerdict(evidence.dockerfile) : void 0;
    const verdict = evidence.image ? imageVerdict(evidence.image) : fromDockerfile3;
    if (!verdict) return [];
    const finding = makeFinding(rootUser, {
      rule: verdict.rule,
      message: verdict.message,
      location: verdict.location,
      key: `${evidence.dockerfile?.path ?? ""}|runtime-user`
    });
    if (evidence.image && fromDockerfile3) finding.locations = [verdict.location, fromDockerfile3.location];
    return [finding];
  }
});

// src/secrets/policy-options.ts
function compiles(source, flags) {
  try {
    return new RegExp(source, `g${flags}`).source !== "";
  } catch {
    return false;
  }
}
var regexSource = (flags) => string().check(
  _minLength(1),
  _maxLength(2e3),
  refine((source) => compiles(source, flags()), "not a valid regular expression (JavaScript syntax)"),
  refine((source) => !compiles(source, flags()) || new RegExp(source, flags()).exec("") === null, "matches the empty string")
);
var ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
var BUILTIN_IDS = new Set(BUILTIN_RULES.map((rule) => rule.id));
var secretRuleSchema = strictObject({
  id: string().check(
    _regex(ID, "expected a kebab-case id such as acme-api-key"),
    refine((id) => !BUILTIN_IDS.has(id), "is the id of a built-in rule; choose another"),
    describe("Stable kebab-case id: the finding's rule, and what exceptions name")
  ),
  title: optional(string().check(_minLength(1), _maxLength(200), describe("What the credential is, for messages (default: the id)"))),
  regex: regexSource(() => "").check(
    describe(
      "JavaScript regular expression; the named group `secret` (else the whole match) is the credential. Must not match the empty string or backtrack catastrophically"
    )
  ),
  flags: optional(string().check(_regex(/^(?!.*(.).*\1)[ims]*$/, "expected some of i, m, s"), describe("Regular expression flags: i, m, s"))),
  keywords: optional(
    array(string().check(_minLength(2), _maxLength(100))).check(describe("Literals one of which must occur (case-insensitive) before the regex runs; without keywords the rule runs on every text"))
  ),
  severity: optional(_enum(SEVERITIES).check(describe("Severity of its findings (default high)"))),
  path: optional(string().check(_minLength(1), globLength(), describe("Glob over in-image paths: the rule applies only to these files")))
});
var secretAllowSchema = strictObject({
  id: optional(string().check(_regex(ID, "expected a kebab-case id"), describe("Names the allow rule in documentation and reviews"))),
  description: optional(string().check(describe("Why these are not credentials"))),
  regex: optional(regexSource(() => "").check(describe("Regular expression over the credential: matches are not findings"))),
  path: optional(
    string().check(_minLength(1), globLength(), describe("Glob over in-image paths (archive members as /app.war!WEB-INF/x): nothing found there is a finding"))
  ),
  rules: optional(array(string().check(_minLength(1))).check(describe("Only for these rule ids (default: every rule)")))
}).check(refine((entry) => entry.regex !== void 0 || entry.path !== void 0, "needs a regex or a path"));
var secretOptionsShape = {
  rules: optional(array(secretRuleSchema).check(describe("Your own credential formats, as data (gitleaks/Trivy style)"))),
  allow: optional(array(secretAllowSchema).check(describe("What is not a credential: by regex over the value, or by in-image path glob")))
};
function policyRules(options) {
  return (options.rules ?? []).map((rule) => {
    const converted = {
      id: rule.id,
      title: rule.title ?? rule.id,
      severity: rule.severity ?? "high",
      keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
      regex: rule.regex,
      origin: "policy"
    };
    if (rule.flags !== void 0) converted.flags = rule.flags;
    if (rule.path !== void 0) converted.pathGlob = rule.path;
    return converted;
  });
}
function policyAllowRules(options) {
  return (options.allow ?? []).map((entry, index) => {
    const rule = { id: entry.id ?? `policy-allow-${index + 1}`, description: entry.description ?? "declared by the policy", origin: "policy" };
    if (entry.regex !== void 0) rule.secret = entry.regex;
    if (entry.path !== void 0) rule.pathGlob = entry.path;
    if (entry.rules !== void 0) rule.rules = entry.rules;
    return rule;
  });
}
var scanners = /* @__PURE__ */ new WeakMap();
function scannerFor(options) {
  if (!options || (options.rules ?? []).length === 0 && (options.allow ?? []).length === 0) return defaultScanner();
  let scanner = scanners.get(options);
  if (!scanner) scanners.set(options, scanner = createScanner({ rules: policyRules(options), allow: policyAllowRules(options) }));
  return scanner;
}
async function unsafeRegexes(options) {
  const entries = [];
  (options?.rules ?? []).forEach((rule, index) => entries.push({ field: ["rules", String(index), "regex"], regex: rule.regex, flags: rule.flags ?? "" }));
  (options?.allow ?? []).forEach((entry, index) => {
    if (entry.regex !== void 0) entries.push({ field: ["allow", String(index), "regex"], regex: entry.regex, flags: "" });
  });
  if (entries.length === 0) return [];
  const { regexProblem } = await import("./regex-safety-UYJL2YEI.js");
  const problems = [];
  for (const entry of entries) {
    const problem = regexProblem(entry.regex, entry.flags);
    if (problem) problems.push({ field: entry.field, problem });
  }
  return problems;
}

// src/checks/secret.ts
var { id: VARIABLE_RULE, severity: VARIABLE_SEVERITY } = ASSIGNMENT_RULE.dockerfile;
function instructionFinder(dockerfile) {
  const instructions = dockerfile.instructions;
  return (line) => {
    let low = 0;
    let high = instructions.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      const instruction = instructions[mid];
      if (line < instruction.line) high = mid - 1;
      else if (line > instruction.endLine) low = mid + 1;
      else return instruction;
    }
    return void 0;
  };
}
function scriptsOf(instruction) {
  const scripts = runScripts(instruction);
  if (["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.keyword)) {
    const text = instruction.json ? instruction.json.join(" ") : instruction.args;
    scripts.push(instruction.segments ? { text, line: instruction.line, segments: instruction.segments } : { text, line: instruction.line });
  }
  if (instruction.keyword === "ONBUILD" && instruction.trigger && ["CMD", "ENTRYPOINT", "HEALTHCHECK"].includes(instruction.trigger.keyword)) {
    scripts.push({ text: instruction.trigger.args, line: instruction.line });
  }
  if (instruction.keyword === "COPY" || instruction.keyword === "ADD") {
    for (const heredoc of instruction.heredocs) scripts.push({ text: heredoc.content, line: heredoc.line });
  }
  return scripts;
}
function triggerProperties(args) {
  const text = args.trim();
  const pairs = [];
  const legacy = /^([A-Za-z_][\w.-]*)\s+(?!\S*=)(.+)$/.exec(text);
  if (legacy) return [{ name: legacy[1], value: unquote(legacy[2].trim()) }];
  for (const match of text.matchAll(/(?:^|\s)(?<name>"[^"]+"|[A-Za-z_][\w.-]*)=(?<value>"(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    pairs.push({ name: unquote(match.groups.name), value: unquote(match.groups.value) });
  }
  return pairs;
}
function unquote(text) {
  return /^(["']).*\1$/s.test(text) ? text.slice(1, -1) : text;
}
function dockerfileSightings(dockerfile, scanner) {
  const file = dockerfile.path;
  const sightings = [];
  const instructionAt = instructionFinder(dockerfile);
  const formatSecrets = /* @__PURE__ */ new Map();
  const add = (rule, severity2, secret2, line, message, generic) => {
    sightings.push({ rule, severity: severity2, evidence: redact(secret2), digest: secretDigest(secret2), location: { file, line }, rank: 2, generic, message });
  };
  for (const match of scanner.scan(dockerfile.text, { values: "literal", formatsOnly: true })) {
    const instruction = instructionAt(match.line);
    const at = instruction?.line ?? match.line;
    formatSecrets.set(at, [...formatSecrets.get(at) ?? [], match.secret]);
    add(match.rule, match.severity, match.secret, match.line, `${match.title} in ${instruction ? instruction.keyword : "a comment"}.`, false);
  }
  const variable = (kind, name, value, line, instructionLine) => {
    if (isCredentialIdName(name) || !isCredentialLiteral(value)) return;
    if ((formatSecrets.get(instructionLine) ?? []).some((known) => value.includes(known))) return;
    if (scanner.allowedBy(VARIABLE_RULE, void 0, value)) return;
    const message = ["RUN", "CMD", "ENTRYPOINT", "HEALTHCHECK", "ONBUILD", "COPY", "ADD"].includes(kind) ? `${kind} sets ${name} to a plaintext value.` : `${kind} ${name} holds a plaintext value.`;
    add(VARIABLE_RULE, VARIABLE_SEVERITY, value, line, message, true);
  };
  for (const instruction of dockerfile.instructions) {
    for (const property of instruction.properties ?? []) {
      if (property.written === null || property.value === null || !isSecretName(property.name)) continue;
      if (!isCredentialLiteral(property.written)) continue;
      variable(instruction.keyword, property.name, property.value, instruction.line, instruction.line);
    }
    const trigger = instruction.keyword === "ONBUILD" ? instruction.trigger : void 0;
    if (trigger && ["ENV", "ARG", "LABEL"].includes(trigger.keyword)) {
      for (const { name, value } of triggerProperties(trigger.args))
        if (isSecretName(name)) variable(`ONBUILD ${trigger.keyword}`, name, value, instruction.line, instruction.line);
    }
    for (const script of scriptsOf(instruction)) {
      for (const match of scanner.scan(script.text, { values: "literal" })) {
        if (match.key === void 0) {
          add(match.rule, match.severity, match.secret, lineInScript(script, match.index), `${match.title} in ${instruction.keyword}.`, false);
          continue;
        }
        variable(instruction.keyword === "RUN" ? "RUN" : instruction.keyword, match.key, match.secret, lineInScript(script, match.index), instruction.line);
      }
    }
  }
  return sightings;
}
function configSightings(image, scanner) {
  const sightings = [];
  const add = (field, text, named) => {
    for (const match of scanner.scan(text, { values: "literal", formatsOnly: !named })) {
      const what = match.key === void 0 ? match.title : match.key;
      sightings.push({
        rule: match.rule,
        severity: match.severity,
        evidence: redact(match.secret),
        digest: secretDigest(match.secret),
        location: { config: field },
        rank: 1,
        generic: match.key !== void 0,
        message: match.key === void 0 ? `${what} in the image config (${field}).` : `${what} holds a plaintext value in the image config (${field}).`
      });
    }
  };
  image.config.env.forEach((entry, index) => add(`Env[${index}]`, entry, true));
  for (const [name, value] of Object.entries(image.config.labels)) {
    add(`Labels.${name}`, value, false);
    if (isSecretName(name) && !isCredentialIdName(name) && isCredentialLiteral(value) && !scanner.allowedBy(VARIABLE_RULE, void 0, value)) {
      const already = sightings.some((sighting) => "config" in sighting.location && sighting.location.config === `Labels.${name}`);
      if (!already) {
        sightings.push({
          rule: VARIABLE_RULE,
          severity: VARIABLE_SEVERITY,
          evidence: redact(value),
          digest: secretDigest(value),
          location: { config: `Labels.${name}` },
          rank: 1,
          generic: true,
          message: `Label ${name} holds a plaintext value.`
        });
      }
    }
  }
  image.config.history.forEach((entry, index) => {
    if (entry.createdBy) add(`history[${index}].created_by`, entry.createdBy, true);
  });
  return sightings;
}
function fileSightings(image, scanner) {
  const sightings = [];
  for (const file of image.fileHits) {
    for (const hit of file.hits) {
      if (scanner.allowedBy(hit.rule, file.path, void 0, file.packaged)) continue;
      const what = hit.key === void 0 ? hit.title : `${hit.title} (${hit.key})`;
      sightings.push({
        rule: hit.rule,
        severity: hit.severity,
        evidence: hit.evidence,
        digest: hit.digest,
        location: { layer: file.layerDigest, path: file.path, deleted: file.deleted },
        rank: file.deleted ? 0.5 : 0,
        generic: hit.key !== void 0,
        message: `${what} in ${file.path} (line ${hit.line})${file.deleted ? `; the file is deleted by a later layer, but its bytes still ship in layer ${file.layer + 1}` : ""}.`
      });
    }
  }
  return sightings;
}
var secret = defineCheck({
  id: "secret",
  title: "Plaintext credential",
  severity: "critical",
  rationale: "Anyone who can pull the image, or read the repository, can read a credential written into it; deleting it in a later step does not remove it.",
  remediation: "Remove the credential, rotate it, and pass secrets at build time with RUN --mount=type=secret (BuildKit) and at run time from AWS Secrets Manager or SSM Parameter Store.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "Dockle CIS-DI-0010"],
  rules: {
    ...Object.fromEntries(BUILTIN_RULES.map((rule) => [rule.id, rule.title])),
    [ASSIGNMENT_RULE.dockerfile.id]: "Literal value of a credential-named variable (Dockerfile, image config)",
    [ASSIGNMENT_RULE.file.id]: "Random-looking value of a credential-named key in a file"
  },
  // The policy may add rules of its own (checks.secret.rules); their ids are the policy's.
  openRules: true,
  options: secretOptionsShape,
  presets: {
    default: { action: "fail", why: "A plaintext credential in an image is readable by anyone who can pull it." },
    strict: { action: "fail" }
  },
  run(evidence, options) {
    const scanner = scannerFor(options);
    const sightings = [
      ...evidence.image ? [...fileSightings(evidence.image, scanner), ...configSightings(evidence.image, scanner)] : [],
      ...evidence.dockerfile ? dockerfileSightings(evidence.dockerfile, scanner) : []
    ];
    const groups = /* @__PURE__ */ new Map();
    for (const sighting of sightings) {
      const list2 = groups.get(sighting.digest);
      if (list2) list2.push(sighting);
      else groups.set(sighting.digest, [sighting]);
    }
    const findings = [];
    for (const [digest, list2] of groups) {
      list2.sort((a, b) => a.rank - b.rank);
      const lead = list2[0];
      const named = list2.find((item) => !item.generic);
      const rule = named?.rule ?? lead.rule;
      const severity2 = list2.reduce((worst, item) => severityRank(item.severity) > severityRank(worst) ? item.severity : worst, lead.severity);
      const finding = makeFinding(secret, {
        rule,
        severity: severity2,
        message: lead.message,
        location: lead.location,
        evidence: lead.evidence,
        key: `value|${digest.slice(0, 32)}`
      });
      const places = /* @__PURE__ */ new Map();
      for (const item of list2) places.set(JSON.stringify(item.location), item.location);
      if (places.size > 1) finding.locations = [...places.values()];
      findings.push(finding);
    }
    return findings;
  }
});

// src/checks/secret-build-arg.ts
var secretBuildArg = defineCheck({
  id: "secret-build-arg",
  title: "Credential expected as a build argument",
  severity: "medium",
  rationale: "Values given with --build-arg are recorded in the image history (docker history shows them), so a credential passed this way ships with the image.",
  remediation: "Replace the ARG with a BuildKit secret: RUN --mount=type=secret,id=<name> ... and docker build --secret id=<name>,env=<VAR>.",
  references: ["CIS Docker Benchmark 4.10", "NIST SP 800-190 §4.1.4", "hadolint DL3064", "Trivy DS-0031"],
  rules: {
    "secret-named-arg": "Credential-named ARG without a value"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const findings = [];
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ARG") continue;
      for (const property of instruction.properties ?? []) {
        if (!isSecretName(property.name)) continue;
        if (property.written !== null && !isPlaceholderValue(property.written)) continue;
        findings.push(
          makeFinding(secretBuildArg, {
            rule: "secret-named-arg",
            message: `ARG ${property.name} expects a credential as a build argument; its value would be stored in the image history.`,
            location: { file, line: instruction.line },
            key: `${file}|${property.name}`
          })
        );
      }
    }
    return findings;
  }
});

// src/checks/setuid-files.ts
var setuidFiles = defineCheck({
  id: "setuid-files",
  title: "setuid or setgid file",
  severity: "medium",
  rationale: "A setuid or setgid program runs with its owner's privileges, so any bug in it is a privilege escalation inside the container.",
  remediation: "Strip the bits in the final stage: RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + (keep only what the workload needs).",
  references: ["CIS Docker Benchmark 4.8", "NIST SP 800-190 §4.1.2", "Dockle CIS-DI-0008"],
  rules: {
    setuid: "setuid file",
    setgid: "setgid file"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const file of image.files) {
      if (file.deleted || file.type !== "file" && file.type !== "hardlink" || (file.mode & 3072) === 0) continue;
      const bits = [(file.mode & 2048) !== 0 ? `setuid (uid ${file.uid})` : "", (file.mode & 1024) !== 0 ? `setgid (gid ${file.gid})` : ""].filter(Boolean).join(" and ");
      findings.push(
        makeFinding(setuidFiles, {
          rule: (file.mode & 2048) !== 0 ? "setuid" : "setgid",
          severity: (file.mode & 2048) !== 0 && file.uid === 0 ? "medium" : "low",
          message: `${file.path} is ${bits}, mode ${octalMode(file.mode)}.`,
          location: layerLocation(file),
          key: `${file.path}|${octalMode(file.mode)}`
        })
      );
    }
    return findings;
  }
});

// src/checks/ssh-port-exposed.ts
function exposesSsh(entry) {
  const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(entry.trim());
  if (!match) return false;
  const low = Number(match[1]);
  const high = match[2] === void 0 ? low : Number(match[2]);
  return low <= 22 && 22 <= high;
}
var sshPortExposed = defineCheck({
  id: "ssh-port-exposed",
  title: "SSH port exposed",
  severity: "medium",
  rationale: "An SSH server in a container is a second, long-lived way in that bypasses the orchestrator's access controls and audit (use ECS Exec or kubectl exec).",
  remediation: "Remove EXPOSE 22 and the SSH server; use ECS Exec, kubectl exec or SSM Session Manager for access.",
  references: ["NIST SP 800-190 §4.1.2", "Trivy DS-0004"],
  rules: {
    "expose-22": "Port 22 exposed"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfileSightings2 = [];
    if (evidence.dockerfile) {
      const file = evidence.dockerfile.path;
      for (const stage of stageChain(evidence.dockerfile)) {
        for (const instruction of stage.instructions) {
          if (instruction.keyword !== "EXPOSE") continue;
          const entry = (instruction.expanded ?? instruction.args).split(/\s+/).filter((item) => item !== "").find(exposesSsh);
          if (entry) dockerfileSightings2.push({ entry, location: { file, line: instruction.line } });
        }
      }
    }
    const key = `${evidence.dockerfile?.path ?? ""}|port-22`;
    if (evidence.image) {
      const port = evidence.image.config.exposedPorts.find(exposesSsh);
      if (!port) return [];
      const finding = makeFinding(sshPortExposed, {
        rule: "expose-22",
        message: `The image config exposes ${port}, the SSH port.`,
        location: { config: "ExposedPorts" },
        key
      });
      if (dockerfileSightings2.length > 0) finding.locations = [finding.location, ...dockerfileSightings2.map((sighting) => sighting.location)];
      return [finding];
    }
    return dockerfileSightings2.map(
      (sighting) => makeFinding(sshPortExposed, {
        rule: "expose-22",
        message: `EXPOSE ${sighting.entry} publishes the SSH port.`,
        location: sighting.location,
        key: `${key}|${sighting.entry}`
      })
    );
  }
});

// src/checks/sudo.ts
var INSTALLERS = {
  "apt-get": ["install"],
  apt: ["install"],
  apk: ["add"],
  yum: ["install"],
  dnf: ["install"],
  microdnf: ["install"],
  zypper: ["install", "in"]
};
var SUDO_BINARIES = /* @__PURE__ */ new Set(["/usr/bin/sudo", "/bin/sudo", "/usr/local/bin/sudo", "/usr/sbin/sudo"]);
var sudo = defineCheck({
  id: "sudo",
  title: "sudo in the image",
  severity: "medium",
  rationale: "sudo gives an in-container path back to root and behaves unpredictably without a TTY; an image should drop privileges once, not carry the means to regain them.",
  remediation: "Run root-only steps before USER, and use gosu or su-exec in an entrypoint that must step down at run time; do not install sudo.",
  references: ["CIS Docker Benchmark 4.1", "NIST SP 800-190 §4.1.2", "hadolint DL3004", "Dockle DKL-DI-0001"],
  rules: {
    "sudo-installed": "sudo is installed",
    "sudo-command": "A command runs through sudo"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    return withImage(evidence, fromDockerfile2(evidence));
  }
});
function fromDockerfile2(evidence) {
  const dockerfile = evidence.dockerfile;
  if (!dockerfile) return [];
  const file = dockerfile.path;
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { command } of commandsOf(dockerfile.instructions)) {
    const first = command.words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
    let rule;
    let message = "";
    if (first === "sudo") {
      rule = "sudo-command";
      message = "RUN uses sudo.";
    } else {
      const parsed = programOf(command);
      const verbs = parsed ? INSTALLERS[parsed.program] : void 0;
      if (parsed && verbs && parsed.args.some((arg) => verbs.includes(arg)) && parsed.args.some((arg) => arg === "sudo" || arg.startsWith("sudo="))) {
        rule = "sudo-installed";
        message = `RUN installs the sudo package with ${parsed.program}.`;
      }
    }
    if (!rule || seen.has(`${rule}|${command.line}`)) continue;
    seen.add(`${rule}|${command.line}`);
    findings.push(makeFinding(sudo, { rule, message, location: { file, line: command.line }, key: `${file}|${rule}|${command.words.join(" ")}` }));
  }
  return findings;
}
function withImage(evidence, dockerfileFindings2) {
  const image = evidence.image;
  if (!image) return dockerfileFindings2;
  const binary = image.files.find((file) => SUDO_BINARIES.has(file.path) && !file.deleted && (file.type === "file" || file.type === "hardlink"));
  const installed = dockerfileFindings2.filter((finding2) => finding2.rule === "sudo-installed");
  const others = dockerfileFindings2.filter((finding2) => finding2.rule !== "sudo-installed");
  if (!binary) return others;
  const location = { layer: binary.layerDigest, path: binary.path, deleted: false };
  const finding = makeFinding(sudo, { rule: "sudo-installed", message: `The image contains ${binary.path}.`, location, key: `image|${binary.path}` });
  if (installed.length > 0) finding.locations = [location, ...installed.map((item) => item.location)];
  return [finding, ...others];
}

// src/checks/tls-verification-disabled.ts
var INSECURE_ENV = {
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  GIT_SSL_NO_VERIFY: /^(?:1|true|yes)$/i,
  PYTHONHTTPSVERIFY: /^0$/,
  NPM_CONFIG_STRICT_SSL: /^(?:false|0)$/i,
  YARN_ENABLE_STRICT_SSL: /^(?:false|0)$/i,
  PIP_TRUSTED_HOST: /./,
  CURL_INSECURE: /^(?:1|true|yes)$/i
};
function insecureFlag(program, args) {
  const has = (test) => args.some(test);
  switch (program) {
    case "curl":
      if (has((arg) => arg === "--insecure" || /^-[A-Za-z]*k[A-Za-z]*$/.test(arg))) return "curl --insecure";
      break;
    case "wget":
      if (has((arg) => arg === "--no-check-certificate")) return "wget --no-check-certificate";
      break;
    case "pip":
    case "pip3":
    case "python":
    case "python3":
      if (has((arg) => arg === "--trusted-host" || arg.startsWith("--trusted-host="))) return "pip --trusted-host";
      break;
    case "npm":
    case "yarn":
    case "pnpm":
      if (has((arg) => /^--strict-ssl=(?:false|0)$/.test(arg))) return `${program} --strict-ssl=false`;
      if (has((arg, index) => arg === "strict-ssl" && /^(?:false|0)$/.test(args[index + 1] ?? ""))) return `${program} config set strict-ssl false`;
      if (has((arg, index) => arg === "--strict-ssl" && /^(?:false|0)$/.test(args[index + 1] ?? ""))) return `${program} --strict-ssl false`;
      break;
    case "git":
      if (has((arg, index) => /^http\.sslverify(?:=(?:false|0))?$/i.test(arg) && (/=/.test(arg) || /^(?:false|0)$/i.test(args[index + 1] ?? ""))))
        return "git http.sslVerify=false";
      break;
    case "apt-get":
    case "apt":
      if (has((arg) => /^Acquire::https?::Verify-(?:Peer|Host)=(?:false|0)$/i.test(arg))) return "apt Acquire::https::Verify-Peer=false";
      break;
  }
  return void 0;
}
var tlsVerificationDisabled = defineCheck({
  id: "tls-verification-disabled",
  title: "TLS certificate verification disabled",
  severity: "high",
  rationale: "Turning off certificate checks lets anyone on the network path replace what the build downloads, or what the container talks to.",
  remediation: "Keep verification on; add the private CA to the image's trust store (update-ca-certificates) or point the tool at it (NODE_EXTRA_CA_CERTS, PIP_CERT).",
  references: ["NIST SP 800-190 §4.1.2", "Amazon Inspector IN-DOCKER-005/006"],
  rules: {
    "insecure-flag": "A command disables certificate verification",
    "insecure-env": "An environment variable disables certificate verification"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const collected = dockerfileFindings(tlsVerificationDisabled, file);
    const add = (rule, what, line) => collected.add(rule, `${what} disables certificate verification.`, line, what);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      const flag = parsed && insecureFlag(parsed.program, parsed.args);
      if (flag) add("insecure-flag", flag, command.line);
      for (const word of command.words) {
        const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(word);
        if (assignment && INSECURE_ENV[assignment[1]]?.test(assignment[2])) add("insecure-env", `${assignment[1]}=${assignment[2]}`, command.line);
      }
    }
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== "ENV") continue;
      for (const property of instruction.properties ?? []) {
        if (property.value !== null && INSECURE_ENV[property.name]?.test(property.value))
          add("insecure-env", `ENV ${property.name}=${property.value}`, instruction.line);
      }
    }
    return collected.findings;
  }
});

// src/checks/unscanned-content.ts
var MiB = 1024 * 1024;
var size = (bytes) => bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${bytes} bytes`;
var unscannedContent = defineCheck({
  id: "unscanned-content",
  title: "Content not scanned",
  severity: "medium",
  rationale: "A gate that stops reading at a size limit must say so: whatever lies past the limit was not checked for credentials.",
  remediation: "Keep large data out of the image (mount it at run time), or raise limits.max-file-size / limits.max-layer-size / limits.max-entries in the policy if the content must be checked.",
  references: ["NIST SP 800-190 §4.1.4"],
  rules: {
    "file-too-large": "File larger than limits.max-file-size",
    "layer-too-large": "Layer larger than limits.max-layer-size",
    "entries-limit": "Image holds more entries than limits.max-entries",
    "foreign-layer": "Foreign layer not in the image"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const item of image.unscanned) {
      const layer = `layer ${item.layer + 1}`;
      const message = item.reason === "file-too-large" ? `${item.path} is ${size(item.size)}; only the first ${size(item.scanned)} were scanned for credentials.` : item.reason === "layer-too-large" ? `${layer} unpacks to more than ${size(item.scanned)}; the rest of it was not read.` : item.reason === "foreign-layer" ? `${layer} is a foreign layer that is not in the image; it could not be read.` : item.reason === "archive-not-scanned" ? `${item.path}: archive content not scanned for credentials (${item.detail ?? "unreadable"}).` : `${layer}: ${item.entries ?? "some"} entries (files, links, whiteouts) were not kept: the image holds more than ${item.limit ?? "limits.max-entries"} (limits.max-entries), so their paths, modes and owners were not checked; their contents were still scanned for credentials.`;
      findings.push(
        makeFinding(unscannedContent, {
          rule: item.reason,
          message,
          location: { layer: item.layerDigest, path: item.path ?? "/", deleted: item.deleted },
          key: `${item.layerDigest}|${item.path ?? ""}|${item.reason}`
        })
      );
    }
    return findings;
  }
});

// src/checks/signature-verdicts.ts
var SIGNATURE_RULES = {
  "no-signature": "No signature found",
  "untrusted-signer": "Signed, but by no signer the policy lists",
  "invalid-signature": "A signature fails verification (tampered or misplaced)"
};
var FORMAT = { cosign: "cosign signature", "sigstore-bundle": "Sigstore bundle", notation: "Notation signature" };
var DISCOVERY = {
  "referrers-api": "referrer",
  "referrers-tag": "referrers tag",
  "cosign-tag": "tag",
  "image-index": "index",
  "oci-layout": "layout"
};
function describe3(verdict) {
  const where2 = verdict.discovery === "referrers-api" || verdict.discovery === "referrers-tag" ? `${DISCOVERY[verdict.discovery]} ${verdict.where.slice(0, 19)}…` : `${DISCOVERY[verdict.discovery]} ${verdict.where}`;
  return `${FORMAT[verdict.format]} (${where2}${verdict.signedBy ? `, signed by ${verdict.signedBy}` : ""}): ${verdict.reason}`;
}
function list(verdicts) {
  const shown = verdicts.slice(0, 3).map(describe3).join("; ");
  return verdicts.length > 3 ? `${shown}; and ${verdicts.length - 3} more` : shown;
}
function judgeSignatureEvidence(check, evidence, what, location, key) {
  if (evidence.verdicts.some((verdict) => verdict.status === "verified")) return [];
  const invalid = evidence.verdicts.filter((verdict) => verdict.status === "invalid");
  const untrusted = evidence.verdicts.filter((verdict) => verdict.status === "untrusted");
  const digests = evidence.digests.map((entry) => `${entry.role} ${entry.digest}`).join(" and ");
  let rule;
  let message;
  let severity2;
  if (invalid.length > 0) {
    rule = "invalid-signature";
    severity2 = "critical";
    message = `${what} has an invalid signature: ${invalid.length === 1 ? "a signature fails verification" : `${invalid.length} signatures fail verification`} (tampered or misplaced): ${list(invalid)}${untrusted.length > 0 ? `; also ${untrusted.length} by untrusted signers` : ""}.`;
  } else if (untrusted.length > 0) {
    rule = "untrusted-signer";
    message = `${what} is signed, but by no signer the policy lists (${evidence.signers} listed): ${list(untrusted)}.`;
  } else {
    rule = "no-signature";
    message = `${what} is not signed: no signature found for ${digests || "the image"} (looked for cosign .sig tags, referrers through the API or the sha256-<hex> tag, and Notation signatures).`;
  }
  return [makeFinding(check, { rule, message, location, key: `${key}|${rule}`, ...severity2 ? { severity: severity2 } : {} })];
}

// src/checks/unsigned-base-image.ts
var unsignedBaseImage = defineCheck({
  id: "unsigned-base-image",
  title: "Base image is not signed by a trusted signer",
  severity: "high",
  rules: SIGNATURE_RULES,
  options: SIGNER_OPTIONS,
  presets: SIGNER_PRESETS,
  network: true,
  resolveFiles: resolveSignerFiles,
  problemWhenOn: signersProblem("unsigned-base-image"),
  rationale: "A base image whose signature you do not check can be swapped in its registry, and everything built on it inherits the swap.",
  remediation: "Build from base images their publisher signs (Chainguard, Docker Hardened Images, your own signed ECR base images) and list the publisher under checks.unsigned-base-image.signers.",
  references: ["NIST SP 800-190 §4.1.5", "CIS Docker Benchmark 4.2, 4.5"],
  run(evidence) {
    const findings = [];
    for (const base of evidence.baseImageSignatures ?? []) {
      const location = { file: base.file, line: base.line };
      const key = `${base.file}|${base.written}`;
      if (base.unresolved !== void 0) {
        findings.push(
          makeFinding(unsignedBaseImage, {
            rule: "no-signature",
            message: `FROM ${base.written}: ${base.unresolved}, so the image cannot be resolved and its signature cannot be checked.`,
            location,
            key: `${key}|no-signature`
          })
        );
        continue;
      }
      findings.push(...judgeSignatureEvidence(unsignedBaseImage, base, `FROM ${base.written} (${base.image})`, location, key));
    }
    return findings;
  }
});

// src/checks/unsigned-image.ts
var unsignedImage = defineCheck({
  id: "unsigned-image",
  title: "Image is not signed by a trusted signer",
  severity: "high",
  rationale: "A signature by a key or identity you trust is what proves the image is the one your pipeline built and that nobody replaced or altered it in the registry.",
  remediation: "Sign the pushed digest in the release pipeline (cosign sign --key, cosign keyless in GitHub Actions, or AWS Signer with notation sign) and list that signer under checks.unsigned-image.signers.",
  references: ["NIST SP 800-190 §4.1.5, §4.2.3", "CIS Docker Benchmark 4.5", "SLSA Build L2"],
  rules: SIGNATURE_RULES,
  options: SIGNER_OPTIONS,
  presets: SIGNER_PRESETS,
  network: true,
  resolveFiles: resolveSignerFiles,
  problemWhenOn: signersProblem("unsigned-image"),
  run(evidence) {
    const signatures = evidence.signatures;
    if (!signatures) return [];
    return judgeSignatureEvidence(unsignedImage, signatures, "The image", { image: signatures.image }, signatures.image.replace(/@.*$/, ""));
  }
});

// src/checks/unused-exception.ts
var unusedException = defineCheck({
  id: "unused-exception",
  title: "Policy exception matched nothing",
  severity: "low",
  rationale: "A stale exception is a standing risk acceptance nobody reviews: the next finding that matches it is suppressed without a decision.",
  remediation: "Delete the exception, or correct its check, id, package or path if it was meant to match a finding that is still reported.",
  references: ["NIST SP 800-190 §4.1.1"],
  rules: {
    unused: "Exception that matched no finding"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "warn", why: "A stale exception is hygiene, not a risk of the image: it is reported, not blocking." }
  },
  run() {
    return [];
  }
});
function unusedExceptionFinding(exception) {
  const scope = [exception.id, exception.package ? `package ${exception.package}` : "", exception.path].filter(Boolean).join(" ");
  return makeFinding(unusedException, {
    rule: "unused",
    message: `The exception for ${exception.check}${scope ? ` ${scope}` : ""} (expires ${exception.expires}) matched no finding in this run; remove it if the problem is gone.`,
    location: { file: exception.file, ...exception.line !== void 0 ? { line: exception.line } : {} },
    key: `${exception.file}|${exception.check}|${scope}`
  });
}

// src/checks/untrusted-base-image.ts
function namesRegistryHost(pattern) {
  const host = pattern.split("/")[0];
  return pattern.includes("/") ? /[.:*?]/.test(host) || host === "localhost" : /^\*\*?$/.test(pattern);
}
var OPTIONS4 = {
  trusted: optional(
    array(
      string().check(
        _minLength(1),
        globLength(),
        refine(namesRegistryHost, {
          error: (issue) => `${quoteInput(String(issue.input))} has no registry host; patterns match normalized repositories such as docker.io/library/node`
        })
      )
    ).check(describe("Globs over the normalized repository, host included: * within a segment, ** across segments"))
  )
};
var untrustedBaseImage = defineCheck({
  id: "untrusted-base-image",
  title: "Base image is not from a trusted source",
  severity: "high",
  rationale: "Everything in a base image ships in yours; an image from an unvetted publisher or registry is unreviewed code in production.",
  remediation: "Build from images your organisation trusts (a curated ECR repository or official images) and list them under checks.untrusted-base-image.trusted.",
  references: ["CIS Docker Benchmark 4.2", "NIST SP 800-190 §4.1.5", "hadolint DL3026"],
  rules: {
    "not-trusted": "Base image matches no trusted pattern",
    "unresolved-variable": "Base image holds a variable without a value"
  },
  options: OPTIONS4,
  presets: {
    default: {
      action: "warn",
      options: { trusted: [] },
      why: "The gate cannot know your organisation's registries: list them under `trusted` and set `action: fail` in your own policy."
    },
    strict: { action: "fail", why: "Only images from the trusted list may be built on." }
  },
  run(evidence, options) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const trusted = options.trusted ?? [];
    const findings = [];
    for (const use of externalImageUses(dockerfile)) {
      const location = { file, line: use.line };
      const key = `${file}|${use.kind}|${use.written}`;
      if (use.missing.length > 0) {
        findings.push(
          makeFinding(untrustedBaseImage, {
            rule: "unresolved-variable",
            message: `${describeUse(use)}: ${describeMissing(use)}, so the image cannot be checked against the trusted list.`,
            location,
            key
          })
        );
        continue;
      }
      const repository = use.reference.repository;
      if (trusted.some((pattern) => globMatch(pattern, repository))) continue;
      findings.push(
        makeFinding(untrustedBaseImage, {
          rule: "not-trusted",
          message: trusted.length === 0 ? `${describeUse(use)}: ${repository} is not on a trusted list (the policy lists no trusted patterns yet).` : `${describeUse(use)}: ${repository} matches none of the ${trusted.length} trusted pattern${trusted.length === 1 ? "" : "s"}.`,
          location,
          key
        })
      );
    }
    return findings;
  }
});

// src/checks/unverified-packages.ts
var FLAGS2 = {
  "apt-get": /^(?:--allow-unauthenticated|--allow-insecure-repositories|APT::Get::AllowUnauthenticated=(?:true|1|yes))$/i,
  apt: /^(?:--allow-unauthenticated|--allow-insecure-repositories|APT::Get::AllowUnauthenticated=(?:true|1|yes))$/i,
  apk: /^--allow-untrusted$/,
  yum: /^(?:--nogpgcheck|--setopt=(?:\S+\.)?gpgcheck=(?:0|false))$/,
  dnf: /^(?:--nogpgcheck|--setopt=(?:\S+\.)?gpgcheck=(?:0|false))$/,
  microdnf: /^--nogpgcheck$/,
  zypper: /^(?:--no-gpg-checks|--no-gpgcheck)$/,
  rpm: /^(?:--nosignature|--nodigest)$/
};
var unverifiedPackages = defineCheck({
  id: "unverified-packages",
  title: "Package signature checks disabled",
  severity: "high",
  rationale: "Package managers verify signatures so that a mirror or a network attacker cannot substitute packages; turning that off installs whatever arrives.",
  remediation: "Remove the flag and import the repository's signing key instead (signed-by= for apt, rpm --import for yum/dnf, the repository key for apk).",
  references: ["CIS Docker Benchmark 4.11", "NIST SP 800-190 §4.1.5", "Amazon Inspector IN-DOCKER-005"],
  rules: {
    "signature-check-off": "Package signature checks turned off",
    "trusted-repository": "Package repository marked trusted"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const dockerfile = evidence.dockerfile;
    if (!dockerfile) return [];
    const file = dockerfile.path;
    const { add, findings } = dockerfileFindings(unverifiedPackages, file);
    for (const { command } of commandsOf(dockerfile.instructions)) {
      const parsed = programOf(command);
      const pattern = parsed ? FLAGS2[parsed.program] : void 0;
      const flag = parsed && pattern ? parsed.args.find((arg) => pattern.test(arg)) : void 0;
      if (parsed && flag)
        add("signature-check-off", `${parsed.program} ${flag} installs packages without verifying signatures.`, command.line, `${parsed.program} ${flag}`);
    }
    for (const instruction of dockerfile.instructions) {
      for (const script of runScripts(instruction)) {
        for (const offset of trustedAptSources(script.text)) {
          add("trusted-repository", "An apt source marked [trusted=yes] skips signature checks.", lineInScript(script, offset), "trusted=yes");
        }
        for (const offset of repositoryGpgcheckOff(script.text)) {
          add("trusted-repository", "A repository with gpgcheck=0 skips signature checks.", lineInScript(script, offset), "gpgcheck=0");
        }
      }
    }
    return findings;
  }
});
var WORD_CHAR = /[A-Za-z0-9_]/;
var WHITESPACE = /\s/;
function* trustedAptSources(text) {
  let scanned = 0;
  let open = -1;
  let close = -1;
  for (const match of text.matchAll(/trusted=yes/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && WORD_CHAR.test(text[start - 1]) || end < text.length && WORD_CHAR.test(text[end])) continue;
    for (; scanned < start; scanned++) {
      const c = text[scanned];
      if (c === "[") open = open === -1 ? scanned : open;
      else if (c === "]" || c === "\n") open = -1;
    }
    if (close < end) {
      close = end;
      while (close < text.length && text[close] !== "]" && text[close] !== "\n") close++;
    }
    if (open !== -1 && text[close] === "]") yield open;
  }
}
function* repositoryGpgcheckOff(text) {
  const setopts = Array.from(text.matchAll(/--setopt=/gi), (match) => match.index + match[0].length);
  let nextSetopt = 0;
  let lastSetoptEnd = -1;
  let scanned = 0;
  let lastSpace = -1;
  for (const match of text.matchAll(/gpgcheck\s*=\s*(?:0|false)\b/gi)) {
    const start = match.index;
    const before2 = text[start - 1];
    const atWordStart = start === 0 || !WORD_CHAR.test(before2) || (before2 === "n" || before2 === "N") && text[start - 2] === "\\";
    if (!atWordStart) continue;
    while (nextSetopt < setopts.length && setopts[nextSetopt] <= start) lastSetoptEnd = setopts[nextSetopt++];
    for (; scanned < start; scanned++) if (WHITESPACE.test(text[scanned])) lastSpace = scanned;
    if (lastSetoptEnd !== -1 && lastSpace < lastSetoptEnd) continue;
    yield start;
  }
}

// src/checks/vulnerability.ts
var SOURCE_NAMES = { "ecr-basic": "ECR basic scanning", "ecr-enhanced": "ECR enhanced scanning", inspector: "Amazon Inspector" };
var SEVERITY_ORDER = ["INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL"];
function vendorRank(severity2) {
  const index = SEVERITY_ORDER.indexOf(severity2.toUpperCase());
  return index === -1 ? 2.5 : index;
}
var FIX_ORDER = [false, "unknown", "partial", true];
function merge(into, item) {
  const current = into.item;
  const next = { ...current };
  if (vendorRank(item.vendorSeverity) > vendorRank(current.vendorSeverity)) next.vendorSeverity = item.vendorSeverity;
  if (next.fixedIn === void 0 && item.fixedIn !== void 0) next.fixedIn = item.fixedIn;
  if (FIX_ORDER.indexOf(item.fixAvailable) > FIX_ORDER.indexOf(next.fixAvailable)) next.fixAvailable = item.fixAvailable;
  if (item.score !== void 0 && (next.score === void 0 || item.score > next.score)) next.score = item.score;
  if (item.epss !== void 0 && (next.epss === void 0 || item.epss > next.epss)) next.epss = item.epss;
  if (item.kev && !next.kev) next.kev = item.kev;
  else if (item.kev === false && next.kev === void 0) next.kev = false;
  if (item.exploitAvailable === true) next.exploitAvailable = true;
  else if (item.exploitAvailable === false && next.exploitAvailable === void 0) next.exploitAvailable = false;
  if (item.lastKnownExploitAt !== void 0 && (next.lastKnownExploitAt === void 0 || item.lastKnownExploitAt > next.lastKnownExploitAt))
    next.lastKnownExploitAt = item.lastKnownExploitAt;
  next.link ??= item.link;
  next.title ??= item.title;
  into.item = next;
  into.sources.add(item.source);
  if (item.status === "active") into.suppressedEverywhere = false;
}
function exploitFacts(item) {
  const parts = [];
  if (item.kev) {
    const dates = [item.kev.dateAdded ? `since ${item.kev.dateAdded}` : "", item.kev.dueDate ? `due ${item.kev.dueDate}` : ""].filter(Boolean).join(", ");
    parts.push(`in CISA KEV${dates ? ` ${dates}` : ""}`);
  }
  if (item.epss !== void 0) parts.push(`EPSS ${Number(item.epss.toFixed(4))}`);
  if (item.exploitAvailable) parts.push(`exploit available${item.lastKnownExploitAt ? ` (last seen ${item.lastKnownExploitAt.slice(0, 10)})` : ""}`);
  return parts.join("; ");
}
var vulnerability = defineCheck({
  id: "vulnerability",
  title: "Known vulnerability",
  severity: "high",
  rationale: "A package with a published vulnerability is a known way in; the registry's scan says which ones ship in this image.",
  remediation: "Rebuild on a patched base image or upgrade the package to the fixed version; record a time-boxed exception only with a reason.",
  references: ["CIS Docker Benchmark 4.4", "NIST SP 800-190 §4.1.1"],
  rules: {
    cve: "Known vulnerability in a package",
    "scan-unavailable": "Scan results unavailable"
  },
  presets: {
    default: { action: "fail", why: "Vulnerabilities block only past vulnerabilities.max." },
    strict: { action: "fail" }
  },
  run(evidence, _options, context) {
    const findings = [];
    const merged = /* @__PURE__ */ new Map();
    for (const result of evidence.scans ?? []) {
      if (result.status === "unavailable") {
        const where2 = result.imageDigest ? `|${result.imageDigest}` : "";
        findings.push(
          makeFinding(vulnerability, {
            rule: "scan-unavailable",
            severity: "medium",
            message: `No scan results from ${result.label}: ${result.reason ?? "unavailable"}.`,
            location: { scan: result.label },
            key: `unavailable|${result.source}${where2}`
          })
        );
        continue;
      }
      for (const item of result.vulnerabilities) {
        const key = `${item.id}\0${item.package}\0${item.version ?? ""}\0${item.imageDigest ?? ""}`;
        const existing = merged.get(key);
        if (existing) merge(existing, item);
        else merged.set(key, { item, sources: /* @__PURE__ */ new Set([item.source]), suppressedEverywhere: item.status === "suppressed" });
      }
    }
    for (const { item, sources, suppressedEverywhere } of merged.values()) {
      const severity2 = normalizeSeverity(item.vendorSeverity, context.unknownSeverity);
      const fixable = item.fixAvailable !== false;
      const fix = item.fixedIn ? ` (fixed in ${item.fixedIn})` : item.fixAvailable === false ? " (no fix available)" : "";
      const vendor = item.vendorSeverity.toLowerCase() !== severity2 ? `; vendor severity ${item.vendorSeverity}` : "";
      const score = item.score !== void 0 ? `, score ${item.score}` : "";
      const place = `${item.package}${item.version ? `@${item.version}` : ""}`;
      const exploit = exploitFacts(item);
      const platform = item.platform ? `; ${item.platform} image` : "";
      const suppressed = suppressedEverywhere ? "; suppressed by an Amazon Inspector suppression rule" : "";
      const names = [...sources].sort().map((source) => SOURCE_NAMES[source] ?? source);
      const finding = makeFinding(vulnerability, {
        rule: "cve",
        severity: severity2,
        id: item.id,
        package: item.package,
        fixable,
        message: `${item.id} in ${place}${fix}${score}${vendor}${exploit ? `; ${exploit}` : ""}${platform}${suppressed}; reported by ${names.join(" and ")}.`,
        location: { scan: [...sources].sort().join("+"), package: place, ...item.platform ? { platform: item.platform } : {} },
        // The platform keeps the fingerprints of one CVE in two platform images apart; single images keep the key they always had.
        key: item.platform ? `${item.id}|${place}|${item.platform}` : `${item.id}|${place}`
      });
      const facts = {
        id: item.id,
        package: item.package,
        fixAvailable: item.fixAvailable,
        epss: item.epss ?? null,
        kev: item.kev === void 0 ? null : item.kev,
        exploitAvailable: item.exploitAvailable ?? null,
        status: suppressedEverywhere ? "suppressed" : "active",
        vendorSeverity: item.vendorSeverity,
        sources: [...sources].sort()
      };
      if (item.version !== void 0) facts.version = item.version;
      if (item.fixedIn !== void 0) facts.fixedIn = item.fixedIn;
      if (item.score !== void 0) facts.score = item.score;
      if (item.lastKnownExploitAt !== void 0) facts.lastKnownExploitAt = item.lastKnownExploitAt;
      if (item.platform !== void 0) facts.platform = item.platform;
      if (item.imageDigest !== void 0) facts.imageDigest = item.imageDigest;
      if (item.link !== void 0) facts.link = item.link;
      finding.vulnerability = facts;
      findings.push(finding);
    }
    return findings;
  }
});

// src/checks/world-writable-files.ts
var SCRATCH = /^\/(?:tmp|var\/tmp|dev\/shm|run\/lock|var\/lock)(?:\/|$)/;
var worldWritableFiles = defineCheck({
  id: "world-writable-files",
  title: "World-writable file or directory",
  severity: "medium",
  rationale: "Anything every user can write can be replaced by any process in the container, which turns a foothold into tampering with code or configuration.",
  remediation: "Give files to the user that needs them (COPY --chown, chmod o-w) instead of opening them to everyone; keep world-writable space under /tmp.",
  references: ["CIS Docker Benchmark 4.8", "NIST SP 800-190 §4.1.2"],
  rules: {
    "world-writable-file": "World-writable file",
    "world-writable-directory": "World-writable directory without the sticky bit"
  },
  presets: {
    default: { action: "warn" },
    strict: { action: "fail" }
  },
  run(evidence) {
    const image = evidence.image;
    if (!image) return [];
    const findings = [];
    for (const file of image.files) {
      if (file.deleted || (file.mode & 2) === 0 || SCRATCH.test(file.path)) continue;
      if (file.type === "directory" && (file.mode & 512) !== 0) continue;
      if (file.type !== "file" && file.type !== "hardlink" && file.type !== "directory") continue;
      const kind = file.type === "directory" ? "directory" : "file";
      findings.push(
        makeFinding(worldWritableFiles, {
          rule: `world-writable-${kind}`,
          message: `${file.path} is a world-writable ${kind} (mode ${octalMode(file.mode)}).`,
          location: layerLocation(file),
          key: file.path
        })
      );
    }
    return findings;
  }
});

// src/checks/index.ts
var CHECKS = [
  rootUser,
  secret,
  untrustedBaseImage,
  mutableTag,
  vulnerability,
  unsignedImage,
  unsignedBaseImage,
  missingAttestations,
  registrySettings,
  secretBuildArg,
  emptyPassword,
  duplicateIds,
  setuidFiles,
  worldWritableFiles,
  unscannedContent,
  tlsVerificationDisabled,
  unverifiedPackages,
  curlPipeShell,
  addRemoteUrl,
  sudo,
  sshPortExposed,
  missingHealthcheck,
  packageCache,
  expiredException,
  unusedException
];
var CHECK_IDS = CHECKS.map((check) => check.id);

// src/policy/decide.ts
import path from "node:path";
function couldMatch(exception, policy, scope) {
  if (exception.check === "expired-exception" || exception.check === "unused-exception") return false;
  if ((policy.checks[exception.check]?.action ?? "warn") === "off") return false;
  if (exception.check === "vulnerability") return scope.scansComplete;
  if (!scope.dockerfile && !scope.image) return false;
  if (exception.path !== void 0) return exception.path.startsWith("/") ? scope.image : scope.dockerfile;
  return true;
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
function isExpired(exception, now) {
  return exception.expires < isoDay(now);
}
function exceptionPaths(exception, finding, cwd) {
  const paths = [];
  for (const location of [finding.location, ...finding.locations ?? []]) {
    const value = locationPath(location);
    if (value === void 0) continue;
    if (isLayerLocation(location)) paths.push(value);
    else paths.push(path.relative(exception.dir, path.resolve(cwd, value)).split(path.sep).join("/"));
  }
  return paths;
}
function exceptionMatches(exception, finding, cwd = process.cwd()) {
  if (exception.check !== finding.check) return false;
  if (exception.id !== void 0) {
    const id = exception.id.toLowerCase();
    if (id !== finding.rule.toLowerCase() && id !== finding.id?.toLowerCase()) return false;
  }
  if (exception.package !== void 0 && exception.package !== finding.package) return false;
  if (exception.path !== void 0) {
    if (!exceptionPaths(exception, finding, cwd).some((value) => globMatch(exception.path, value))) return false;
  }
  return true;
}
function decide(findings, policy, now, options = {}) {
  const active = policy.exceptions.filter((exception) => !isExpired(exception, now));
  const expired = policy.exceptions.filter((exception) => isExpired(exception, now));
  const used = /* @__PURE__ */ new Set();
  for (const finding of findings) for (const exception of active) if (exceptionMatches(exception, finding, options.cwd)) used.add(exception);
  const { scope } = options;
  const unused = scope ? active.filter((exception) => !used.has(exception) && couldMatch(exception, policy, scope)) : [];
  const all = [...findings, ...expired.map(expiredExceptionFinding), ...unused.map(unusedExceptionFinding)];
  const decided = [];
  for (const finding of all) {
    const settings = policy.checks[finding.check];
    const action2 = settings?.action ?? "warn";
    if (action2 === "off") continue;
    const result = { ...finding, action: action2, blocking: false };
    if (settings?.severity) result.severity = settings.severity;
    const exception = active.find((candidate) => exceptionMatches(candidate, finding, options.cwd));
    if (exception) {
      result.suppressed = {
        reason: exception.reason,
        expires: exception.expires,
        source: { file: exception.file, ...exception.line !== void 0 ? { line: exception.line } : {} }
      };
    } else if (finding.vulnerability?.status === "suppressed" && policy.vulnerabilities.inspectorSuppressions === "honor") {
      result.suppressed = { reason: "an Amazon Inspector suppression rule matched it", source: "inspector-suppression-rule" };
    }
    if (options.baseline?.has(finding.fingerprint)) result.baseline = true;
    result.blocking = action2 === "fail" && !result.suppressed && !result.baseline;
    decided.push(result);
  }
  countVulnerabilities(decided, policy);
  return { findings: decided, verdict: decided.some((finding) => finding.blocking) ? "fail" : "pass" };
}
function blockRules(finding, policy) {
  const facts = finding.vulnerability;
  if (!facts) return [];
  const { block } = policy.vulnerabilities;
  const rules = [];
  if (block.kev && facts.kev) rules.push("kev");
  if (block.exploitAvailable && facts.exploitAvailable === true) rules.push("exploit-available");
  if (block.epss !== void 0 && facts.epss !== null && facts.epss >= block.epss) rules.push("epss");
  return rules;
}
var BLOCK_WORDS = {
  kev: () => "it is in CISA KEV (vulnerabilities.block.kev)",
  "exploit-available": () => "a public exploit is known (vulnerabilities.block.exploit-available)",
  epss: (finding, policy) => `its EPSS ${finding.vulnerability?.epss} is at or above ${policy.vulnerabilities.block.epss} (vulnerabilities.block.epss)`
};
function countVulnerabilities(findings, policy) {
  const { max, fixableOnly } = policy.vulnerabilities;
  const vulnerabilities = findings.filter((finding) => finding.check === "vulnerability");
  for (const finding of vulnerabilities) {
    finding.blocking = false;
    if (finding.rule === "cve") finding.counted = !finding.suppressed && !finding.baseline && (!fixableOnly || finding.fixable !== false);
  }
  for (const severity2 of SEVERITIES) {
    const counted = vulnerabilities.filter((finding) => finding.counted && finding.severity === severity2);
    const limit = max[severity2];
    if (limit === void 0 || counted.length <= limit) continue;
    for (const finding of counted) finding.blocking = finding.action === "fail";
  }
  for (const finding of vulnerabilities) {
    if (finding.rule !== "cve" || finding.suppressed || finding.baseline) continue;
    const rules = blockRules(finding, policy);
    if (rules.length === 0) continue;
    finding.blockedBy = rules;
    if (finding.action !== "fail") continue;
    finding.blocking = true;
    finding.message = `${finding.message} Blocks because ${rules.map((rule) => BLOCK_WORDS[rule](finding, policy)).join(" and ")}.`;
  }
}

// src/policy/baseline.ts
var MAX_BASELINE_BYTES = 64 * 1024 * 1024;
var baselineReportSchema = object({
  version: literal(1),
  tool: object({ name: literal("image-gate") }),
  findings: array(object({ fingerprint: string().check(_minLength(1)) }))
});
function loadBaseline(file, shownAs) {
  const text = readInputFileSync(file, { label: shownAs, noun: "the baseline report", kind: "a baseline report", maxBytes: MAX_BASELINE_BYTES }).toString(
    "utf8"
  );
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GateError(`${shownAs}: the baseline is not valid JSON (${firstLine(error)}); give a report written with --format json or --report json=FILE`);
  }
  const parsed = baselineReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.map((part) => typeof part === "number" ? `[${part}]` : `.${String(part)}`).join("").replace(/^\./, "") || "(top level)";
    throw new GateError(
      `${shownAs}: not an image-gate JSON report (${field}: ${issue.message}); give a report written with --format json or --report json=FILE`
    );
  }
  return { path: shownAs, fingerprints: new Set(parsed.data.findings.map((finding) => finding.fingerprint)) };
}

// src/policy/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/policy/presets.ts
var import_yaml = __toESM(require_dist(), 1);
var LIMITS = [
  [
    "max-file-size",
    "256MiB",
    "Credentials are looked for in each file's first max-file-size bytes, and in each layer's first max-layer-size bytes once unpacked; what lies beyond is reported by unscanned-content."
  ],
  ["max-layer-size", "16GiB"]
];
var REST = {
  default: {
    about: [
      "The default preset: what a team gets before it writes any policy.",
      "Blocks what is almost never acceptable in a production image and warns on the rest."
    ],
    vulnerabilities: [
      ["sources", [], "No scan source is on by default; turn on ecr, inspector or file."],
      ["max", { critical: 0, high: 0 }],
      ["fixable-only", true],
      ["on-unavailable", "fail"],
      ["wait", "10m"],
      ["block", { kev: true }, "A vulnerability in CISA's Known Exploited Vulnerabilities catalog blocks whatever its severity."],
      ["inspector-suppressions", "honor", "Findings an Amazon Inspector suppression rule matched are reported as suppressed."],
      ["platforms", "all", "A multi-platform tag in ECR: every platform image is gated."]
    ],
    limits: LIMITS
  },
  strict: {
    about: [
      "The strict preset: for production images of regulated workloads. Every base image is pinned by",
      "digest and comes from a trusted source, every hardening check blocks, and unfixable",
      "vulnerabilities count too. Extend it and list your trusted registries."
    ],
    vulnerabilities: [
      ["sources", [], "No scan source is on by default; turn on ecr, inspector or file."],
      ["max", { critical: 0, high: 0 }],
      ["fixable-only", false],
      ["on-unavailable", "fail"],
      ["wait", "10m"],
      ["block", { kev: true, "exploit-available": true }, "Known exploited, and publicly exploitable, vulnerabilities block whatever their severity."],
      ["inspector-suppressions", "honor"],
      ["platforms", "all"]
    ],
    limits: LIMITS
  }
};
function flow(value) {
  if (typeof value === "string" && /^[A-Za-z0-9][\w.-]*$/.test(value) && import_yaml.default.parse(value) === value) return value;
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${flow(inner)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}
function comment(text, indent) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && indent.length + 2 + line.length + 1 + word.length > 100) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(`${indent}# ${line}`);
  return lines;
}
function presetYaml(name) {
  const rest = REST[name];
  const lines = [
    "# yaml-language-server: $schema=./schema.json",
    ...rest.about.flatMap((line) => comment(line, "")),
    "# Generated from the checks' own stances (src/checks/*.ts) by npm run build; do not edit by hand.",
    "version: 1",
    "mode: enforce",
    "checks:"
  ];
  for (const check of CHECKS) {
    const stance = check.presets[name];
    if (stance.why) lines.push(...comment(stance.why, "  "));
    lines.push(`  ${check.id}: ${flow({ action: stance.action, ...stance.options })}`);
  }
  lines.push("limits:");
  for (const [key, value, note] of rest.limits) {
    if (note) lines.push(...comment(note, "  "));
    lines.push(`  ${key}: ${flow(value)}`);
  }
  lines.push("vulnerabilities:");
  for (const [key, value, note] of rest.vulnerabilities) {
    if (note) lines.push(...comment(note, "  "));
    lines.push(`  ${key}: ${flow(value)}`);
  }
  return `${lines.join("\n")}
`;
}
var PRESETS = Object.fromEntries(PRESET_NAMES.map((name) => [name, presetYaml(name)]));

// src/policy/schema.ts
var action = () => optional(_enum(["fail", "warn", "off"]).check(describe("fail: blocking; warn: reported, never blocking; off: the check does not run")));
var severity = () => _enum(SEVERITIES);
var baseCheck = () => ({
  action: action(),
  severity: optional(severity().check(describe("Overrides the severity of this check's findings")))
});
var checks = strictObject(
  Object.fromEntries(CHECKS.map((check) => [check.id, optional(strictObject({ ...baseCheck(), ...check.options }).check(describe(check.title)))]))
);
var isoDate = string().check(
  _regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"),
  refine((text) => {
    const date = /* @__PURE__ */ new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
  }, "not a real calendar date")
);
var duration = string().check(_regex(/^\d+(?:ms|s|m|h)$/, 'expected a duration such as "30s", "10m" or "1h"'));
var positiveDuration = string().check(_regex(/^0*[1-9]\d*(?:ms|s|m|h)$/, 'expected a duration above zero such as "30s", "2m" or "1h"'));
var count = () => optional(int().check(_gte(0, "expected a count of 0 or more")));
var vulnerabilitiesSchema = strictObject({
  sources: optional(array(_enum(["ecr", "inspector", "file"])).check(describe("Where scan results come from; empty: none"))),
  max: optional(
    strictObject({ critical: count(), high: count(), medium: count(), low: count(), info: count() }).check(describe("Allowed count per severity; omitted severities are unlimited"))
  ),
  "fixable-only": optional(boolean().check(describe("Count only findings that have a fix"))),
  "on-unavailable": optional(_enum(["fail", "warn"]).check(describe("What to do when scan results are unavailable"))),
  wait: optional(duration.check(describe("How long to wait for a pending scan"))),
  "unknown-severity": optional(severity().check(describe("Severity for vendor severities such as UNDEFINED or UNTRIAGED (default high)"))),
  "start-scan": optional(
    boolean().check(describe("Start a basic ECR scan when the image has none (manual-scan repositories; needs ecr:StartImageScan)"))
  ),
  block: optional(
    strictObject({
      kev: optional(boolean().check(describe("Block findings listed in CISA's Known Exploited Vulnerabilities catalog"))),
      "exploit-available": optional(boolean().check(describe("Block findings for which the scanner knows a public exploit"))),
      epss: optional(
        number().check(
          _gte(0, "expected an EPSS probability from 0 to 1"),
          _lte(1, "expected an EPSS probability from 0 to 1"),
          describe("Block findings whose EPSS probability is at or above this")
        )
      )
    }).check(describe("These block a finding whatever max and fixable-only say (an exception still suppresses it)"))
  ),
  "kev-catalog": optional(
    string().check(
      _minLength(1),
      describe("CISA's KEV JSON feed (known_exploited_vulnerabilities.json), relative to this file: for sources that do not say (ECR basic, files)")
    )
  ),
  "inspector-suppressions": optional(
    _enum(["honor", "ignore"]).check(describe("honor: findings an Amazon Inspector suppression rule matched are suppressed; ignore: they count. Either way they are reported"))
  ),
  platforms: optional(
    _enum(["all", "selected"]).check(describe("For a multi-platform index in ECR: gate every platform image (all), or only --platform's (selected)"))
  )
});
var byteSize = string().check(_regex(/^\d+(?:\.\d+)?(?:B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/, 'expected a size such as "10MiB" or "2GiB"'));
var limitsSchema = strictObject({
  "max-file-size": optional(byteSize.check(describe("Bytes of each file scanned for credentials; the rest is reported by unscanned-content"))),
  "max-layer-size": optional(
    byteSize.check(
      describe("Unpacked bytes of each layer read; the rest is reported by unscanned-content (a registry blob past it is not an image: exit 2)")
    )
  ),
  "max-entries": optional(
    int().check(
      _gte(1, "expected a count of 1 or more"),
      describe("Entries (files, links, whiteouts) kept per image for the image checks; the rest are reported by unscanned-content")
    )
  ),
  "idle-timeout": optional(
    positiveDuration.check(describe("A registry or docker save that sends nothing for this long while the gate waits is exit 2 (default 30s)"))
  ),
  "read-timeout": optional(
    positiveDuration.check(describe("Each registry request must be done within this, plus a second per 64 KiB a blob's descriptor declares (default 2m)"))
  )
});
var exceptionSchema = strictObject({
  check: _enum(CHECKS.map((check) => check.id)),
  id: optional(string().check(_minLength(1), describe("A rule id, or a CVE id for vulnerabilities"))),
  path: optional(string().check(_minLength(1), globLength(), describe("Glob over the finding's path (layer path or Dockerfile path)"))),
  package: optional(string().check(_minLength(1), describe("Package name, for vulnerabilities"))),
  reason: string().check(refine((text) => text.trim() !== "", "an exception needs a reason")),
  expires: isoDate.check(describe("Last day (UTC) on which the exception applies"))
});
var policySchema = strictObject({
  $schema: optional(string()),
  version: literal(1),
  extends: optional(string().check(_minLength(1), describe("A preset name (default, strict) or a path relative to this file"))),
  mode: optional(_enum(["enforce", "audit"])),
  checks: optional(checks),
  vulnerabilities: optional(vulnerabilitiesSchema),
  limits: optional(limitsSchema),
  exceptions: optional(array(exceptionSchema))
});

// src/policy/load.ts
var DEFAULT_FILES = [".image-gate.yaml", ".image-gate.yml"];
var DEFAULT_MAX_ENTRIES = 3e5;
var MAX_EXTENDS_DEPTH = 8;
function loadPolicy(spec, cwd) {
  if (spec === void 0) {
    const found = DEFAULT_FILES.map((name) => path2.join(cwd, name)).find((candidate2) => existsSync(candidate2));
    return resolveLayers(found ? readFileLayer(found, cwd) : presetLayer("default"), cwd);
  }
  const candidate = path2.resolve(cwd, spec);
  if (existsSync(candidate)) return resolveLayers(readFileLayer(candidate, cwd), cwd);
  if (Object.hasOwn(PRESETS, spec)) return resolveLayers(presetLayer(spec), cwd);
  throw new GateError(`${quoteInput(spec)}: no such policy file, and not a preset (presets: ${Object.keys(PRESETS).join(", ")})`);
}
function displayPath(file, cwd) {
  const relative = path2.relative(cwd, file);
  return (relative === "" || relative.startsWith("..") || path2.isAbsolute(relative) ? file : relative).split(path2.sep).join("/");
}
var MAX_POLICY_BYTES = 1024 * 1024;
function readFileLayer(file, cwd) {
  const shown = displayPath(file, cwd);
  const bytes = readInputFileSync(file, { label: shown, noun: "the policy", kind: "a policy file", maxBytes: MAX_POLICY_BYTES });
  if (bytes.includes(0)) throw new GateError(`${shown}: binary content, not a policy file`);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new GateError(`${shown}: cannot read the policy (not valid UTF-8 text)`);
  }
  return parseLayer(text, shown, path2.dirname(file));
}
function presetLayer(name) {
  const text = PRESETS[name];
  if (text === void 0) throw new GateError(`extends: unknown preset ${quoteInput(name)} (presets: ${Object.keys(PRESETS).join(", ")})`);
  return parseLayer(text, `preset:${name}`, void 0);
}
function parseLayer(text, file, dir) {
  const lineCounter = new import_yaml2.default.LineCounter();
  const document = import_yaml2.default.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const error = document.errors[0];
  if (error) {
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : void 0;
    const problem = error.code === "DUPLICATE_KEY" ? "duplicate key" : error.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
    throw new GateError(`${where(file, line)}: invalid YAML: ${problem}`);
  }
  const lineOf = (fieldPath) => {
    for (let length = fieldPath.length; length >= 0; length--) {
      const node = document.getIn(fieldPath.slice(0, length), true);
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  const data = document.toJS({ maxAliasCount: 100 });
  if (data === null || data === void 0) throw new GateError(`${file}: the policy is empty; it needs at least "version: 1"`);
  if (typeof data !== "object" || Array.isArray(data)) throw new GateError(`${where(file, 1)}: expected a mapping with "version: 1" at the top level`);
  const parsed = policySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new GateError(`${where(file, lineOf(issuePath(issue)))}: ${describeIssue(issue, data)}`);
  }
  return { name: file, file, dir, document: parsed.data, lineOf };
}
function issuePath(issue) {
  const base = issue.path.map((part) => typeof part === "symbol" ? String(part) : part);
  return issue.code === "unrecognized_keys" && issue.keys[0] !== void 0 ? [...base, issue.keys[0]] : base;
}
function fieldName(parts) {
  return parts.reduce((text, part) => typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`, "");
}
function valueAt(data, parts) {
  let value = data;
  for (const part of parts) value = value !== null && typeof value === "object" ? value[part] : void 0;
  return value;
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${typeof value === "string" ? quoteInput(value, 40) : (JSON.stringify(value) ?? "").slice(0, 40)}`;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function describeIssue(issue, data) {
  const parts = issuePath(issue);
  const field = fieldName(parts) || "(top level)";
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0];
      const allowed = knownKeys(issue.path.map(String));
      const closest = allowed.map((name) => ({ name, cost: distance(key, name) })).sort((a, b) => a.cost - b.cost)[0];
      const hint = closest && closest.cost <= 3 ? ` (did you mean "${closest.name}"?)` : allowed.length > 0 ? ` (expected one of: ${allowed.join(", ")})` : "";
      return `${field}: unknown key${hint}`;
    }
    case "invalid_value": {
      const expected = issue.values.map((value2) => JSON.stringify(value2)).join(" or ");
      const value = valueAt(data, parts);
      return value === void 0 ? `${field}: required (expected ${expected})` : `${field}: expected ${expected}, got ${typeName(value)}`;
    }
    case "invalid_type": {
      const value = valueAt(data, parts);
      return value === void 0 ? `${field}: required (expected ${issue.expected})` : `${field}: expected ${issue.expected}, got ${typeName(value)}`;
    }
    default:
      return `${field}: ${issue.message}`;
  }
}
function unwrap(schema) {
  let current = schema;
  while (current && "innerType" in current._zod.def) current = current._zod.def.innerType;
  return current;
}
function knownKeys(parts) {
  let schema = unwrap(policySchema);
  for (const part of parts) {
    const def2 = schema?._zod.def;
    if (def2?.type === "object") schema = unwrap(def2.shape[part]);
    else if (def2?.type === "array") schema = unwrap(def2.element);
    else return [];
  }
  const def = schema?._zod.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}
function resolveExtends(layer, cwd) {
  const target = layer.document.extends;
  if (Object.hasOwn(PRESETS, target)) return presetLayer(target);
  if (layer.dir === void 0) throw new GateError(`${layer.file}: extends ${quoteInput(target)} is not a preset`);
  const file = path2.resolve(layer.dir, target);
  if (!existsSync(file)) {
    throw new GateError(
      `${where(layer.file, layer.lineOf(["extends"]))}: extends ${quoteInput(target)}: no such file, and not a preset (presets: ${Object.keys(PRESETS).join(", ")})`
    );
  }
  return readFileLayer(file, cwd);
}
function resolveLayers(leaf, cwd) {
  const listed = /* @__PURE__ */ new Set();
  const layers = [leaf];
  for (let layer = leaf; layer.document.extends !== void 0; ) {
    const parent = resolveExtends(layer, cwd);
    if (layers.some((seen) => seen.name === parent.name)) {
      throw new GateError(`${where(layer.file, layer.lineOf(["extends"]))}: extends ${quoteInput(layer.document.extends ?? "")} makes a cycle`);
    }
    if (layers.length > MAX_EXTENDS_DEPTH) throw new GateError(`${leaf.file}: extends is nested more than ${MAX_EXTENDS_DEPTH} deep`);
    layers.push(parent);
    layer = parent;
  }
  let mode;
  const checks2 = {};
  const vulnerabilities = {};
  let max = {};
  const block = {};
  let kevCatalog;
  const limits = {};
  const exceptions = [];
  const origins = /* @__PURE__ */ new Map();
  for (const layer of [...layers].reverse()) {
    const document = layer.document;
    mode = document.mode ?? mode;
    for (const [id, settings] of Object.entries(document.checks ?? {})) {
      listed.add(id);
      const check = CHECKS.find((candidate) => candidate.id === id);
      const dir = layer.dir ?? cwd;
      const own = check?.resolveFiles ? check.resolveFiles(settings, (file) => path2.resolve(dir, file)) : settings;
      checks2[id] = { ...checks2[id], ...own };
      for (const key of Object.keys(settings)) origins.set(`${id}\0${key}`, layer);
    }
    const { max: layerMax, block: layerBlock, "kev-catalog": layerCatalog, ...rest } = document.vulnerabilities ?? {};
    Object.assign(vulnerabilities, rest);
    if (layerMax) max = { ...max, ...layerMax };
    if (layerBlock) Object.assign(block, layerBlock);
    if (layerCatalog !== void 0) {
      const file = path2.resolve(layer.dir ?? cwd, layerCatalog);
      kevCatalog = { file, label: displayPath(file, cwd) };
    }
    Object.assign(limits, document.limits ?? {});
    (document.exceptions ?? []).forEach((exception, index) => {
      const entry = { ...exception, file: layer.file, dir: layer.dir ?? cwd };
      const line = layer.lineOf(["exceptions", index]);
      if (line !== void 0) entry.line = line;
      exceptions.push(entry);
    });
  }
  const resolvedChecks = {};
  for (const check of CHECKS) {
    const { action: action2, severity: severity2, ...options } = checks2[check.id] ?? {};
    const resolved = {
      // Vulnerabilities block only past vulnerabilities.max, so their check defaults to fail;
      // checks that reach a registry or AWS run only when a policy lists them.
      action: action2 ?? (check.id === "vulnerability" ? "fail" : check.network && !listed.has(check.id) ? "off" : "warn"),
      options
    };
    if (severity2 !== void 0) resolved.severity = severity2;
    const problem = resolved.action === "off" ? void 0 : check.problemWhenOn?.(options);
    if (problem !== void 0) throw new GateError(`${leaf.file}: checks.${check.id}.${problem.field}: ${problem.message}`);
    resolvedChecks[check.id] = resolved;
  }
  const startsFromPreset = layers[layers.length - 1].dir === void 0;
  return {
    name: leaf.name,
    chain: layers.map((layer) => layer.name),
    // Unlisted checks that reach registries or AWS do not run at all, so they do not only warn.
    unlistedChecks: startsFromPreset ? [] : CHECKS.filter((check) => !check.network && checks2[check.id] === void 0).map((check) => check.id),
    mode: mode ?? "enforce",
    checks: resolvedChecks,
    vulnerabilities: {
      sources: vulnerabilities.sources ?? [],
      max,
      fixableOnly: vulnerabilities["fixable-only"] ?? false,
      onUnavailable: vulnerabilities["on-unavailable"] ?? "fail",
      waitMs: parseDuration(vulnerabilities.wait ?? "10m"),
      unknownSeverity: vulnerabilities["unknown-severity"] ?? "high",
      startScan: vulnerabilities["start-scan"] ?? false,
      block: {
        kev: block.kev ?? false,
        exploitAvailable: block["exploit-available"] ?? false,
        ...block.epss !== void 0 ? { epss: block.epss } : {}
      },
      ...kevCatalog ? { kevCatalog } : {},
      inspectorSuppressions: vulnerabilities["inspector-suppressions"] ?? "honor",
      platforms: vulnerabilities.platforms ?? "all"
    },
    limits: {
      maxFileBytes: parseSize(limits["max-file-size"] ?? "256MiB"),
      maxLayerBytes: parseSize(limits["max-layer-size"] ?? "16GiB"),
      maxEntries: limits["max-entries"] ?? DEFAULT_MAX_ENTRIES,
      idleTimeoutMs: parseDuration(limits["idle-timeout"] ?? "30s"),
      readTimeoutMs: parseDuration(limits["read-timeout"] ?? "2m")
    },
    exceptions,
    locate(field) {
      const layer = field[0] === "checks" ? origins.get(`${field[1]}\0${field[2]}`) : void 0;
      return layer ? where(layer.file, layer.lineOf(field)) : leaf.file;
    }
  };
}
function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$/.exec(text);
  if (!match) throw new GateError(`invalid size ${quoteInput(text)}`);
  const units = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 };
  return Math.floor(Number(match[1]) * units[match[2]]);
}
function parseDuration(text) {
  const match = /^(\d+)(ms|s|m|h)$/.exec(text);
  if (!match) throw new GateError(`invalid duration ${quoteInput(text)}`);
  const unit = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }[match[2]];
  return Number(match[1]) * unit;
}

// src/report/model.ts
var REPORT_VERSION = 1;
var CHECK_ORDER = new Map(CHECKS.map((check, index) => [check.id, index]));
function locationKey(location) {
  if (isDockerfileLocation(location)) return `${location.file}\0${String(location.line).padStart(8, "0")}`;
  if (isLayerLocation(location)) return `~${location.path}`;
  if (isConfigLocation(location)) return `~~${location.config}`;
  return JSON.stringify(location);
}
function compareFindings(a, b) {
  return Number(b.blocking) - Number(a.blocking) || severityRank(b.severity) - severityRank(a.severity) || (CHECK_ORDER.get(a.check) ?? 999) - (CHECK_ORDER.get(b.check) ?? 999) || locationKey(a.location).localeCompare(locationKey(b.location)) || a.fingerprint.localeCompare(b.fingerprint);
}
function buildReport(input) {
  const findings = [...input.findings].sort(compareFindings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity2) => [severity2, 0]));
  for (const finding of findings) if (!finding.suppressed) bySeverity[finding.severity]++;
  const checks2 = CHECKS.map((check) => {
    const own = findings.filter((finding) => finding.check === check.id);
    const settings = input.policy.checks[check.id];
    const summary2 = {
      id: check.id,
      title: check.title,
      severity: settings?.severity ?? check.severity,
      action: settings?.action ?? "warn",
      rationale: check.rationale,
      remediation: check.remediation,
      references: check.references,
      rules: { ...check.rules },
      findings: own.length,
      blocking: own.filter((finding) => finding.blocking).length
    };
    const reason = input.notApplicable?.[check.id];
    if (reason !== void 0 && summary2.action !== "off") summary2.notApplicable = reason;
    return summary2;
  });
  const summary = {
    findings: findings.length,
    blocking: findings.filter((finding) => finding.blocking).length,
    warnings: findings.filter((finding) => !finding.blocking && !finding.suppressed).length,
    suppressed: findings.filter((finding) => finding.suppressed).length,
    bySeverity
  };
  if (input.baseline) summary.baseline = findings.filter((finding) => finding.baseline).length;
  if (input.scans) summary.vulnerabilities = vulnerabilitySummary(findings, input.scans, input.policy);
  const policy = { name: input.policy.name, chain: input.policy.chain };
  const warning = unlistedChecksWarning(input.policy);
  if (warning !== void 0) policy.warning = warning;
  if (input.notScanned) summary.notScanned = input.notScanned;
  return {
    version: REPORT_VERSION,
    tool: { name: "image-gate", version: input.toolVersion },
    generatedAt: input.now.toISOString(),
    verdict: input.verdict,
    mode: input.mode,
    policy,
    ...input.baseline ? { baseline: { path: input.baseline.path, fingerprints: input.baseline.fingerprints.size } } : {},
    targets: input.targets,
    summary,
    checks: checks2,
    findings
  };
}
function unlistedChecksWarning(policy) {
  const unlisted = policy.unlistedChecks;
  if (unlisted.length === 0) return void 0;
  const named = unlisted.length <= 4 ? unlisted.join(", ") : `${unlisted.slice(0, 4).join(", ")} and ${unlisted.length - 4} more`;
  return `policy ${policy.name} extends no preset, so the ${unlisted.length} check${unlisted.length === 1 ? "" : "s"} it does not list (${named}) only warn; add "extends: default" to start from a preset`;
}
function vulnerabilitySummary(findings, scans, policy) {
  const cves = findings.filter((finding) => finding.check === "vulnerability" && finding.rule === "cve");
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((severity2) => {
      const ofSeverity = cves.filter((finding) => finding.severity === severity2);
      const counted = ofSeverity.filter((finding) => finding.counted).length;
      const allowed = policy.vulnerabilities.max[severity2] ?? null;
      return [
        severity2,
        { counted, reported: ofSeverity.length, allowed, blocking: allowed !== null && counted > allowed && ofSeverity.some((finding) => finding.blocking) }
      ];
    })
  );
  const { block } = policy.vulnerabilities;
  const facts = cves.map((finding) => finding.vulnerability).filter((value) => value !== void 0);
  return {
    sources: scans.map((scan) => ({
      source: scan.source,
      label: scan.label,
      status: scan.status,
      ...scan.reason !== void 0 ? { reason: scan.reason } : {},
      ...scan.cancelled ? { cancelled: true } : {},
      ...scan.scanType !== void 0 ? { scanType: scan.scanType } : {},
      ...scan.platform !== void 0 ? { platform: scan.platform } : {},
      ...scan.imageDigest !== void 0 ? { imageDigest: scan.imageDigest } : {},
      vulnerabilities: scan.vulnerabilities.length,
      ...scan.notes?.length ? { notes: scan.notes } : {}
    })),
    fixableOnly: policy.vulnerabilities.fixableOnly,
    exploits: {
      kev: facts.filter((fact) => fact.kev).length,
      kevUnknown: facts.filter((fact) => fact.kev === null).length,
      exploitAvailable: facts.filter((fact) => fact.exploitAvailable === true).length,
      epssAtOrAbove: block.epss === void 0 ? null : facts.filter((fact) => fact.epss !== null && fact.epss >= block.epss).length,
      blockedByPolicy: cves.filter((finding) => finding.blocking && finding.blockedBy?.length).length,
      block: { kev: block.kev, exploitAvailable: block.exploitAvailable, epss: block.epss ?? null }
    },
    bySeverity
  };
}
function exploitCells(finding) {
  const facts = finding.vulnerability;
  if (!facts) return { kev: "", epss: "" };
  return { kev: facts.kev ? "KEV" : facts.kev === null ? "?" : "-", epss: facts.epss === null ? "-" : facts.epss.toFixed(2) };
}
function formatLocation(location) {
  if (isDockerfileLocation(location)) return `${location.file}:${location.line}`;
  if (isLayerLocation(location))
    return `${location.path} (layer ${location.layer.replace(/^sha256:/, "").slice(0, 12)}${location.deleted ? ", deleted in a later layer" : ""})`;
  if (isConfigLocation(location)) return `config.${location.config}`;
  if ("image" in location) return location.image;
  if ("scan" in location) return `${location.scan}${location.package ? ` ${location.package}` : ""}${location.platform ? ` (${location.platform})` : ""}`;
  return location.line !== void 0 ? `${location.file}:${location.line}` : location.file;
}
var MiB2 = 1024 * 1024;
var amount = (bytes) => bytes >= MiB2 ? `${(bytes / MiB2).toFixed(1)} MiB` : `${bytes} bytes`;
var plural = (count2, one, many = `${one}s`) => `${count2.toLocaleString("en-US")} ${count2 === 1 ? one : many}`;
function describeNotScanned(notScanned) {
  if (!notScanned) return void 0;
  const parts = [];
  if (notScanned.files > 0) parts.push(`${amount(notScanned.fileBytes)} of ${plural(notScanned.files, "file")} past limits.max-file-size`);
  if (notScanned.layers > 0) parts.push(`the rest of ${plural(notScanned.layers, "layer")} past limits.max-layer-size`);
  if (notScanned.entries > 0) parts.push(`${plural(notScanned.entries, "entry", "entries")} past limits.max-entries`);
  if (notScanned.foreignLayers > 0) parts.push(`${plural(notScanned.foreignLayers, "foreign layer")} not in the image`);
  return parts.length > 0 ? `not scanned: ${parts.join(", ")}` : void 0;
}
function describeBinarySkipped(notScanned) {
  if (!notScanned || notScanned.binaryFiles === 0) return void 0;
  return `${plural(notScanned.binaryFiles, "binary file")} (${amount(notScanned.binaryBytes)}: executables, archives, media) were not scanned for credentials`;
}

// src/gate.ts
function displayPath2(file, cwd) {
  const relative = path3.relative(cwd, path3.resolve(cwd, file));
  return (relative.startsWith("..") || path3.isAbsolute(relative) ? path3.resolve(cwd, file) : relative).split(path3.sep).join("/");
}
function ecrReferenceOf(options) {
  if (options.ecrImage !== void 0) return parseEcrReference(options.ecrImage, "--ecr-image");
  if (options.image?.startsWith("docker://") && isEcrHost(options.image.slice("docker://".length).split("/")[0] ?? ""))
    return parseEcrReference(options.image, "--image");
  return void 0;
}
async function runGate(options) {
  return withRunDeadline(options.timeout ?? DEFAULT_RUN_TIMEOUT, (control) => judge(options, control));
}
async function judge(options, control) {
  const { activity } = control;
  const cwd = options.cwd ?? process.cwd();
  if (options.platform !== void 0 && !/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/.test(options.platform)) {
    throw new GateError(`--platform: ${quoteInput(options.platform, 40)} is not of the form os/arch[/variant], e.g. linux/amd64`);
  }
  if (options.image !== void 0) refuseUserinfo(options.image, "--image");
  if (options.ecrImage !== void 0) refuseUserinfo(options.ecrImage, "--ecr-image");
  const scanFiles = options.scanResults ?? [];
  if (options.dockerfile === void 0 && options.image === void 0 && options.ecrImage === void 0 && scanFiles.length === 0) {
    throw new GateError("nothing to judge: give a Dockerfile path, --image, --ecr-image or --scan-results");
  }
  activity.phase("loading the policy");
  const policy = loadPolicy(options.policy, cwd);
  const mode = options.mode ?? policy.mode;
  const secretOptions = policy.checks.secret?.options;
  const [unsafe] = await unsafeRegexes(secretOptions);
  if (unsafe) {
    const field = ["checks", "secret", ...unsafe.field.map((part) => /^\d+$/.test(part) ? Number(part) : part)];
    const name = field.reduce((text, part) => typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`, "");
    throw new GateError(`${policy.locate(field)}: ${name}: ${unsafe.problem}`);
  }
  const baseline = options.baseline !== void 0 ? loadBaseline(path3.resolve(cwd, options.baseline), displayPath2(options.baseline, cwd)) : void 0;
  const registryOptions = {
    idleTimeoutMs: policy.limits.idleTimeoutMs,
    readTimeoutMs: policy.limits.readTimeoutMs,
    ...options.registry,
    signal: control.signal,
    activity,
    ...options.onSecret ? { onSecret: options.onSecret } : {}
  };
  const evidence = {};
  const targets = {};
  if (options.dockerfile !== void 0) {
    const dockerfilePath = displayPath2(options.dockerfile, cwd);
    activity.phase(`reading the Dockerfile ${dockerfilePath}`);
    evidence.dockerfile = await loadDockerfile(path3.resolve(cwd, options.dockerfile), dockerfilePath, {
      buildArgs: options.buildArgs ?? {},
      platform: options.platform ?? "linux/amd64"
    });
    targets.dockerfile = {
      path: dockerfilePath,
      stages: evidence.dockerfile.stages.length,
      finalFromLine: evidence.dockerfile.stages[evidence.dockerfile.stages.length - 1].line,
      baseImages: evidence.dockerfile.imageUses.filter((use) => use.kind === "from" && use.stageRef === void 0).map((use) => use.scratch ? "scratch" : use.reference?.normalized ?? use.resolved)
    };
  }
  if (options.image !== void 0) {
    activity.phase(`reading the image ${options.image}`);
    const { loadImage } = await import("./load-7A67R235.js");
    const loadOptions = {
      cwd,
      limits: { maxFileBytes: policy.limits.maxFileBytes, maxLayerBytes: policy.limits.maxLayerBytes, maxEntries: policy.limits.maxEntries },
      idleTimeoutMs: policy.limits.idleTimeoutMs,
      signal: control.signal,
      activity,
      registry: registryOptions,
      scanner: scannerFor(secretOptions)
    };
    if (options.platform !== void 0) loadOptions.platform = options.platform;
    if (options.imageProgress !== void 0) loadOptions.progress = options.imageProgress;
    evidence.image = await loadImage(options.image, loadOptions);
    targets.image = {
      reference: options.image,
      transport: evidence.image.transport,
      platform: evidence.image.platform,
      configDigest: evidence.image.configDigest,
      layers: evidence.image.layers.length,
      user: evidence.image.config.user
    };
    const resolvedDigest = evidence.image.referenceDigest ?? evidence.image.digest;
    if (resolvedDigest !== void 0) targets.image.digest = resolvedDigest;
    if (evidence.image.digest !== void 0 && evidence.image.digest !== resolvedDigest) targets.image.manifestDigest = evidence.image.digest;
  }
  const sources = new Set(policy.vulnerabilities.sources);
  if (options.ecr) sources.add("ecr");
  if (options.inspector) sources.add("inspector");
  if (scanFiles.length > 0) sources.add("file");
  let scans;
  if (sources.size > 0) {
    let ecrReference = ecrReferenceOf(options);
    const imageInEcr = options.image?.startsWith("docker://") && isEcrHost(options.image.slice("docker://".length).split("/")[0] ?? "") ? parseEcrReference(options.image, "--image") : void 0;
    const resolvedDigest = evidence.image?.referenceDigest;
    if (ecrReference && imageInEcr && resolvedDigest !== void 0 && ecrReference.digest === void 0 && ecrReference.registry === imageInEcr.registry && ecrReference.repository === imageInEcr.repository && ecrReference.tag === imageInEcr.tag) {
      ecrReference = { ...ecrReference, digest: resolvedDigest };
    }
    if ((sources.has("ecr") || sources.has("inspector")) && !ecrReference) {
      throw new GateError(
        `${sources.has("ecr") ? "ECR" : "Inspector"} scan results need the ECR image: give --ecr-image ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO[:TAG|@DIGEST]`
      );
    }
    activity.phase(`reading scan results (${[...sources].join(", ")})`);
    const { gatherScans } = await import("./gather-QKA7OCCW.js");
    let waiting;
    const progress = (event) => {
      waiting?.();
      waiting = activity.begin(`waiting for the ${event.what} (${event.state})`);
      options.progress?.(event);
    };
    const gathered = await gatherScans({
      sources,
      files: scanFiles,
      cwd,
      ...ecrReference ? { ecr: ecrReference } : {},
      waitMs: policy.vulnerabilities.waitMs,
      startScan: policy.vulnerabilities.startScan,
      clock: options.clock ?? cancellableClock(control.signal),
      platforms: policy.vulnerabilities.platforms,
      // With --image, the platform it read; else --platform (default: the only one, or linux/amd64).
      ...evidence.image?.platform ?? options.platform ? { platform: evidence.image?.platform ?? options.platform } : {},
      ...policy.vulnerabilities.kevCatalog ? { kevCatalog: policy.vulnerabilities.kevCatalog } : {},
      stopOnUnavailable: policy.vulnerabilities.onUnavailable === "fail" && mode === "enforce",
      progress,
      ...options.settleMs !== void 0 ? { settleMs: options.settleMs } : {}
    });
    waiting?.();
    const unavailable = gathered.results.filter((result) => result.status === "unavailable");
    const missing = unavailable.find((result) => !result.cancelled) ?? unavailable[0];
    if (missing && policy.vulnerabilities.onUnavailable === "fail" && mode === "enforce") {
      throw new GateError(`${missing.label}: scan results unavailable: ${missing.reason ?? "unknown reason"} (vulnerabilities.on-unavailable is fail)`);
    }
    scans = gathered.results;
    evidence.scans = scans;
    if (scanFiles.length > 0) targets.scanResults = scanFiles.map((file) => displayPath2(file, cwd));
    if (ecrReference) {
      targets.ecrImage = { reference: ecrReference.text, registry: ecrReference.registry, region: ecrReference.region, repository: ecrReference.repository };
      if (ecrReference.tag !== void 0) targets.ecrImage.tag = ecrReference.tag;
      if (gathered.digest !== void 0) targets.ecrImage.digest = gathered.digest;
      if (gathered.index) {
        targets.ecrImage.index = true;
        targets.ecrImage.platforms = gathered.index.images;
        if (gathered.index.skipped.length > 0) targets.ecrImage.skippedPlatforms = gathered.index.skipped;
      }
    }
  }
  let notApplicable = {};
  const on = (id) => (policy.checks[id]?.action ?? "off") !== "off";
  if (["unsigned-image", "unsigned-base-image", "missing-attestations", "registry-settings"].some(on)) {
    activity.phase("reading signatures, attestations and repository settings");
    const [{ collectSupplyChain }, { signerSettings }] = await Promise.all([import("./collect-QFFDX2UU.js"), import("./signer-options-6JUDYAU2.js")]);
    const ecrReference = ecrReferenceOf(options);
    const collected = await collectSupplyChain({
      ...on("unsigned-image") ? { unsignedImage: signerSettings(policy.checks["unsigned-image"].options, cwd) } : {},
      ...on("unsigned-base-image") ? { unsignedBaseImage: signerSettings(policy.checks["unsigned-base-image"].options, cwd) } : {},
      missingAttestations: on("missing-attestations"),
      registrySettings: on("registry-settings"),
      ...options.image !== void 0 && evidence.image ? { image: { reference: options.image, model: evidence.image } } : {},
      ...ecrReference ? { ecrReference } : {},
      ...evidence.dockerfile ? { dockerfile: evidence.dockerfile } : {},
      ...options.platform !== void 0 ? { platform: options.platform } : {},
      cwd,
      registry: registryOptions
    });
    for (const key of ["signatures", "baseImageSignatures", "attestations", "repositorySettings"]) {
      if (collected[key] !== void 0) evidence[key] = collected[key];
    }
    notApplicable = collected.notApplicable;
    if (collected.base) {
      if (targets.image) targets.image.base = collected.base;
      else if (targets.ecrImage) targets.ecrImage.base = collected.base;
      else if (ecrReference)
        targets.ecrImage = {
          reference: ecrReference.text,
          registry: ecrReference.registry,
          region: ecrReference.region,
          repository: ecrReference.repository,
          base: collected.base
        };
    }
  }
  activity.phase("judging the evidence");
  const findings = [];
  const context = { unknownSeverity: policy.vulnerabilities.unknownSeverity };
  for (const check of CHECKS) {
    const settings = policy.checks[check.id];
    if (settings?.action === "off") continue;
    for (const finding of foldRepeatedFindings(check.run(evidence, settings?.options ?? {}, context))) findings.push(finding);
  }
  const now = options.now ?? /* @__PURE__ */ new Date();
  const decision = decide(findings, policy, now, {
    cwd,
    ...baseline ? { baseline: baseline.fingerprints } : {},
    scope: {
      dockerfile: evidence.dockerfile !== void 0,
      image: evidence.image !== void 0,
      scansComplete: scans !== void 0 && scans.every((scan) => scan.status === "complete")
    }
  });
  const report = buildReport({
    toolVersion: TOOL_VERSION,
    now,
    verdict: decision.verdict,
    policy,
    mode,
    targets,
    findings: decision.findings,
    ...scans ? { scans } : {},
    notApplicable,
    ...baseline ? { baseline } : {},
    ...evidence.image ? { notScanned: notScannedOf(evidence.image) } : {}
  });
  return { report, exitCode: report.verdict === "fail" && mode === "enforce" ? 1 : 0 };
}
function notScannedOf(image) {
  const notScanned = {
    files: 0,
    fileBytes: 0,
    layers: 0,
    entries: 0,
    foreignLayers: 0,
    binaryFiles: image.binary.files,
    binaryBytes: image.binary.bytes
  };
  for (const item of image.unscanned) {
    if (item.reason === "file-too-large") {
      notScanned.files++;
      notScanned.fileBytes += item.size - item.scanned;
    } else if (item.reason === "layer-too-large") notScanned.layers++;
    else if (item.reason === "entries-limit") notScanned.entries += item.entries ?? 0;
    else notScanned.foreignLayers++;
  }
  return notScanned;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/junit.ts
function xml(text) {
  return text.replace(/[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function renderJunit(report) {
  const cases = [];
  let failures = 0;
  let skipped = 0;
  for (const check of report.checks) {
    const findings = report.findings.filter((finding) => finding.check === check.id);
    const blocking = findings.filter((finding) => finding.blocking);
    const others = findings.filter((finding) => !finding.blocking);
    const line = (finding) => `[${finding.severity}] ${formatLocation(finding.location)}: ${finding.message}${finding.evidence ? ` (${finding.evidence})` : ""}${finding.suppressed ? ` (${describeSuppression(finding.suppressed)})` : ""}${finding.baseline ? " (baseline)" : ""}`;
    let body = "";
    if (check.action === "off") {
      skipped++;
      body += `
      <skipped message="turned off by the policy"/>`;
    } else if (check.notApplicable !== void 0) {
      skipped++;
      body += `
      <skipped message="${xml(`not applicable to this input: ${check.notApplicable}`)}"/>`;
    } else if (blocking.length > 0 && report.mode === "enforce") {
      failures++;
      body += `
      <failure message="${xml(`${blocking.length} blocking finding${blocking.length === 1 ? "" : "s"}: ${blocking[0].message}`)}" type="${xml(check.id)}">${xml(
        [...blocking.map(line), "", `Fix: ${check.remediation}`].join("\n")
      )}</failure>`;
    }
    const out = [...report.mode === "audit" ? blocking.map((finding) => `would block: ${line(finding)}`) : [], ...others.map(line)];
    if (out.length > 0) body += `
      <system-out>${xml(out.join("\n"))}</system-out>`;
    cases.push(
      `    <testcase classname="image-gate.${xml(check.id)}" name="${xml(`${check.id}: ${check.title}`)}" time="0">${body}${body ? "\n    " : ""}</testcase>`
    );
  }
  const attributes = `tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const notScanned = describeNotScanned(report.summary.notScanned);
  const binary = describeBinarySkipped(report.summary.notScanned);
  const properties = [
    ["policy", report.policy.chain.join(" -> ")],
    ...report.policy.warning ? [["policy-warning", report.policy.warning]] : [],
    ...report.baseline ? [["baseline", report.baseline.path]] : [],
    ["verdict", report.verdict],
    ...notScanned ? [["not-scanned", notScanned]] : [],
    ...binary ? [["binary-skipped", binary]] : []
  ].map(([name, value]) => `      <property name="${xml(name)}" value="${xml(value)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="image-gate" ${attributes}>`,
    `  <testsuite name="${xml(`image-gate (${report.policy.name})`)}" ${attributes} timestamp="${report.generatedAt.replace(/\.\d+Z$/, "")}">`,
    "    <properties>",
    ...properties,
    "    </properties>",
    ...cases,
    ...report.policy.warning ? [`    <system-out>${xml(`warning: ${report.policy.warning}`)}</system-out>`] : [],
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/markdown.ts
var MAX_BYTES = 900 * 1024;
var MAX_ROWS = 500;
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var ICON = { critical: "🟥", high: "🟧", medium: "🟨", low: "🟦", info: "⬜" };
function renderMarkdown(report) {
  const parts = [];
  const verdict = report.verdict === "fail" ? "❌ **FAIL**" : "✅ **PASS**";
  const audit = report.mode === "audit" ? " (audit mode: reported only, the job does not fail)" : "";
  parts.push(`## image-gate: ${verdict}${audit}`, "");
  const { summary } = report;
  const notScanned = describeNotScanned(summary.notScanned);
  parts.push(
    `**${summary.blocking}** blocking · **${summary.warnings}** warning${summary.warnings === 1 ? "" : "s"} · **${summary.suppressed}** suppressed${summary.baseline !== void 0 ? ` · **${summary.baseline}** known from the baseline` : ""}${notScanned ? ` · ⚠️ ${notScanned}` : ""} · policy \`${report.policy.chain.join(" → ")}\``,
    ""
  );
  if (report.policy.warning) parts.push(`> ⚠️ ${cell(report.policy.warning)}`, "");
  const binary = describeBinarySkipped(summary.notScanned);
  if (binary) parts.push(`${binary[0].toUpperCase()}${binary.slice(1)}.`, "");
  const targets = [
    report.targets.dockerfile ? `Dockerfile \`${report.targets.dockerfile.path}\`` : "",
    report.targets.image ? `image \`${report.targets.image.reference}\` (${report.targets.image.platform}${report.targets.image.digest ? `, \`${report.targets.image.digest}\`` : ""})` : "",
    report.targets.ecrImage ? `ECR \`${report.targets.ecrImage.repository}\`${report.targets.ecrImage.digest ? ` @ \`${report.targets.ecrImage.digest}\`` : ""}` : "",
    report.targets.scanResults ? `scan results ${report.targets.scanResults.map((file) => `\`${cell(file)}\``).join(", ")}` : "",
    report.baseline ? `baseline \`${cell(report.baseline.path)}\`` : ""
  ].filter(Boolean);
  if (targets.length > 0) parts.push(`Judged: ${targets.join(" · ")}`, "");
  const withFindings = report.checks.filter((check) => check.findings > 0);
  if (withFindings.length > 0) {
    parts.push("| check | result | findings | blocking |", "|---|---|---:|---:|");
    for (const check of withFindings) {
      const result = check.blocking > 0 ? "❌ fail" : report.findings.some((finding) => finding.check === check.id && !finding.suppressed) ? "⚠️ warn" : "🔕 suppressed";
      parts.push(`| \`${check.id}\` | ${result} | ${check.findings} | ${check.blocking} |`);
    }
    parts.push("");
  }
  const quiet = report.checks.filter((check) => check.findings === 0 && check.action !== "off" && check.notApplicable === void 0).length;
  if (quiet > 0) parts.push(`✅ ${quiet} other check${quiet === 1 ? "" : "s"} found nothing.`, "");
  for (const check of report.checks.filter((entry) => entry.notApplicable !== void 0))
    parts.push(`➖ \`${check.id}\`: not applicable to this input: ${check.notApplicable}`, "");
  const vulnerabilities = summary.vulnerabilities;
  if (vulnerabilities) {
    parts.push(
      `### Vulnerabilities${vulnerabilities.fixableOnly ? " (fixable only are counted)" : ""}`,
      "",
      "| severity | counted | reported | allowed | |",
      "|---|---:|---:|---:|---|"
    );
    for (const [severity2, row] of Object.entries(vulnerabilities.bySeverity)) {
      if (row.reported === 0 && row.allowed === null) continue;
      parts.push(
        `| ${ICON[severity2] ?? ""} ${severity2} | ${row.counted} | ${row.reported} | ${row.allowed ?? "no limit"} | ${row.blocking ? "❌ over" : "✅"} |`
      );
    }
    const exploits = vulnerabilities.exploits;
    const epss = exploits.epssAtOrAbove === null ? "" : ` · **${exploits.epssAtOrAbove}** with EPSS ≥ ${exploits.block.epss}`;
    const unknown = exploits.kevUnknown > 0 ? ` · KEV status unknown for ${exploits.kevUnknown}` : "";
    const blocked = exploits.blockedByPolicy > 0 ? ` · ❌ **${exploits.blockedByPolicy}** blocking by \`vulnerabilities.block\`` : "";
    parts.push("", `Exploits: **${exploits.kev}** in CISA KEV · **${exploits.exploitAvailable}** with a known exploit${epss}${unknown}${blocked}`);
    for (const source of vulnerabilities.sources) {
      parts.push(
        "",
        `- ${cell(source.label)}: ${source.status === "complete" ? `${source.vulnerabilities} reported` : `**unavailable**, ${cell(source.reason ?? "")}`}`
      );
      for (const note of source.notes ?? []) parts.push(`  - ${cell(note)}`);
    }
    parts.push("");
  }
  if (report.findings.length > 0) {
    const exploitColumn = report.findings.some((finding) => finding.vulnerability);
    parts.push("### Findings", "", `| | check | where |${exploitColumn ? " KEV · EPSS |" : ""} finding |`, `|---|---|---|${exploitColumn ? "---|" : ""}---|`);
    let size2 = Buffer.byteLength(parts.join("\n"));
    let shown = 0;
    for (const finding of report.findings) {
      const state = finding.suppressed ? "🔕" : finding.blocking ? "❌" : finding.baseline ? "📌" : "⚠️";
      const cells = exploitCells(finding);
      const exploit = exploitColumn ? ` ${finding.vulnerability ? `${cells.kev === "KEV" ? "**KEV**" : cells.kev} · ${cells.epss}` : ""} |` : "";
      const row = `| ${state} ${ICON[finding.severity] ?? ""} | \`${finding.check}\` | ${cell(formatLocation(finding.location))} |${exploit} ${cell(finding.message)}${finding.evidence ? ` \`${cell(finding.evidence)}\`` : ""}${finding.suppressed ? ` _(${cell(describeSuppression(finding.suppressed))})_` : ""}${finding.baseline ? " _(baseline)_" : ""} |`;
      const bytes = Buffer.byteLength(row) + 1;
      if (shown >= MAX_ROWS || size2 + bytes > MAX_BYTES) break;
      parts.push(row);
      size2 += bytes;
      shown++;
    }
    if (shown < report.findings.length) parts.push("", `…and ${report.findings.length - shown} more findings: the full list is in the JSON report.`);
    parts.push("");
  }
  return `${parts.join("\n")}
`;
}

// src/report/sarif.ts
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };
var MAX_RESULTS = 25e3;
var MAX_LOCATIONS = 1e3;
function level(finding) {
  if (finding.suppressed) return "note";
  return finding.blocking ? "error" : finding.action === "fail" || finding.severity === "critical" || finding.severity === "high" ? "warning" : "note";
}
function ruleName(id) {
  return id.replace(/(^|[-/])([a-z0-9])/g, (_match, _sep, char) => char.toUpperCase());
}
function vulnerabilityProperties(finding) {
  const facts = finding.vulnerability;
  return {
    kev: facts.kev === null ? null : Boolean(facts.kev),
    ...facts.kev && facts.kev.dateAdded ? { kevDateAdded: facts.kev.dateAdded } : {},
    ...facts.kev && facts.kev.dueDate ? { kevDueDate: facts.kev.dueDate } : {},
    epss: facts.epss,
    exploitAvailable: facts.exploitAvailable,
    ...facts.fixedIn ? { fixedIn: facts.fixedIn } : {},
    ...facts.platform ? { platform: facts.platform } : {},
    ...facts.imageDigest ? { imageDigest: facts.imageDigest } : {},
    ...finding.blockedBy?.length ? { blockedBy: finding.blockedBy } : {}
  };
}
function renderSarif(report) {
  const dockerfile = report.targets.dockerfile;
  const findings = report.findings.slice(0, MAX_RESULTS);
  const catalog = report.checks.filter((check) => check.action !== "off").flatMap((check) => Object.keys(check.rules).map((rule) => `${check.id}/${rule}`));
  const ruleIds = [.../* @__PURE__ */ new Set([...catalog, ...findings.map((finding) => `${finding.check}/${finding.rule}`)])].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const rules = ruleIds.map((id) => {
    const [checkId] = id.split("/");
    const check = report.checks.find((candidate) => candidate.id === checkId);
    const ruleId = id.slice(checkId.length + 1);
    const fired = findings.filter((finding) => `${finding.check}/${finding.rule}` === id);
    const worst = fired.reduce(
      (current, finding) => severityRank(finding.severity) > severityRank(current) ? finding.severity : current,
      fired.length > 0 ? "info" : check.severity
    );
    const references = check.references.length > 0 ? `

References: ${check.references.join("; ")}.` : "";
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: check.rules[ruleId] ?? `${check.title} (${ruleId})` },
      fullDescription: { text: check.rationale },
      help: {
        text: `${check.remediation}${references}`,
        markdown: `**${check.title}**

${check.rationale}

**Fix:** ${check.remediation}${references}`
      },
      defaultConfiguration: { level: check.action === "fail" ? "error" : "warning" },
      properties: {
        tags: ["security", "container", check.id],
        "security-severity": SECURITY_SEVERITY[worst],
        precision: "high",
        "problem.severity": check.action === "fail" ? "error" : "warning"
      }
    };
  });
  const anchor = dockerfile ? { physicalLocation: { artifactLocation: { uri: dockerfile.path, uriBaseId: "%SRCROOT%" }, region: { startLine: dockerfile.finalFromLine } } } : report.targets.image ? { logicalLocations: [{ fullyQualifiedName: report.targets.image.reference, kind: "resource" }] } : { logicalLocations: [{ fullyQualifiedName: report.targets.ecrImage?.reference ?? "scan results", kind: "resource" }] };
  const results = findings.map((finding) => {
    const places = [finding.location, ...finding.locations ?? []];
    const inDockerfile = places.filter(isDockerfileLocation);
    const located = inDockerfile.length > 0;
    const locations = located ? [...new Map(inDockerfile.map((place) => [`${place.file}:${place.line}`, place])).values()].slice(0, MAX_LOCATIONS).map((place) => ({
      physicalLocation: { artifactLocation: { uri: place.file, uriBaseId: "%SRCROOT%" }, region: { startLine: place.line } }
    })) : [anchor];
    const where2 = located ? "" : ` [${formatLocation(finding.location)}]`;
    const result = {
      ruleId: `${finding.check}/${finding.rule}`,
      ruleIndex: ruleIndex.get(`${finding.check}/${finding.rule}`),
      level: level(finding),
      message: { text: `${finding.message}${where2}${finding.evidence ? ` Evidence: ${finding.evidence}.` : ""}` },
      locations,
      partialFingerprints: { "imageGateFinding/v1": finding.fingerprint },
      properties: {
        severity: finding.severity,
        blocking: finding.blocking,
        ...finding.id ? { id: finding.id } : {},
        ...finding.package ? { package: finding.package } : {},
        ...finding.vulnerability ? vulnerabilityProperties(finding) : {}
      }
    };
    if (report.baseline) result.baselineState = finding.baseline ? "unchanged" : "new";
    if (finding.suppressed)
      result.suppressions = [
        {
          kind: "external",
          status: "accepted",
          justification: "expires" in finding.suppressed ? `${finding.suppressed.reason} (until ${finding.suppressed.expires})` : describeSuppression(finding.suppressed)
        }
      ];
    return result;
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "image-gate", version: report.tool.version, semanticVersion: report.tool.version, rules } },
        automationDetails: { id: "image-gate/" },
        invocations: [
          {
            executionSuccessful: true,
            ...report.policy.warning ? { toolExecutionNotifications: [{ level: "warning", message: { text: report.policy.warning } }] } : {}
          }
        ],
        results,
        properties: {
          verdict: report.verdict,
          mode: report.mode,
          policy: report.policy.name,
          ...report.policy.warning ? { policyWarning: report.policy.warning } : {},
          ...report.baseline ? { baseline: report.baseline.path } : {},
          truncated: report.findings.length > MAX_RESULTS ? report.findings.length - MAX_RESULTS : 0,
          ...report.summary.notScanned ? { notScanned: report.summary.notScanned } : {},
          ...describeNotScanned(report.summary.notScanned) ? { notScannedSummary: describeNotScanned(report.summary.notScanned) } : {}
        },
        ...dockerfile ? { originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root (the working directory of the run)." } } } } : {}
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/table.ts
var CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], cyan: [36, 39] };
function renderTable(report, options) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style][0]}m${text}\x1B[${CODES[style][1]}m` : text;
  const perCheck = options.perCheck ?? 25;
  const lines = [];
  const target = [
    report.targets.dockerfile ? `Dockerfile ${report.targets.dockerfile.path}` : "",
    report.targets.image ? `image ${report.targets.image.reference} (${report.targets.image.platform}, ${report.targets.image.layers} layers)` : "",
    report.targets.ecrImage ? `ECR ${report.targets.ecrImage.repository}${report.targets.ecrImage.digest ? `@${report.targets.ecrImage.digest.slice(0, 19)}…` : ""}` : "",
    report.targets.scanResults ? `scan results ${report.targets.scanResults.join(", ")}` : ""
  ].filter(Boolean).join(" + ");
  const header = [target, `policy ${report.policy.chain.join(" → ")}`, report.mode, report.baseline ? `baseline ${report.baseline.path}` : ""].filter(Boolean);
  lines.push(paint("bold", `image-gate ${report.tool.version}`) + paint("dim", ` · ${header.join(" · ")}`));
  if (report.policy.warning) lines.push(paint("yellow", `! ${report.policy.warning}`));
  lines.push("");
  const groups = /* @__PURE__ */ new Map();
  for (const finding of [...report.findings].sort(compareFindings)) {
    const list2 = groups.get(finding.check) ?? [];
    list2.push(finding);
    groups.set(finding.check, list2);
  }
  if (groups.size === 0) lines.push(paint("green", "No findings."), "");
  for (const [checkId, findings] of groups) {
    const check = report.checks.find((candidate) => candidate.id === checkId);
    const blocking2 = findings.some((finding) => finding.blocking);
    const open = findings.filter((finding) => !finding.suppressed);
    const label = blocking2 ? paint("red", "✖ FAIL") : open.length > 0 ? paint("yellow", "! WARN") : paint("dim", "· SUPPRESSED");
    lines.push(
      `${label}  ${paint("bold", checkId)} ${paint("dim", `· ${check?.title ?? ""} · ${findings.length} finding${findings.length === 1 ? "" : "s"}`)}`
    );
    const exploitColumns = findings.some((finding) => finding.vulnerability);
    if (exploitColumns) lines.push(paint("dim", `  ${"SEVERITY".padEnd(8)} KEV ${"EPSS".padEnd(5)} WHERE`));
    for (const finding of findings.slice(0, perCheck)) {
      const severity2 = finding.severity.toUpperCase().padEnd(8);
      const tint = finding.severity === "critical" || finding.severity === "high" ? "red" : finding.severity === "medium" ? "yellow" : "dim";
      const evidence = finding.evidence ? paint("dim", ` [${finding.evidence}]`) : "";
      const cells = exploitCells(finding);
      const columns = exploitColumns ? `${cells.kev === "KEV" ? paint("red", "KEV") : cells.kev.padEnd(3)} ${cells.epss.padEnd(5)} ` : "";
      const known = finding.baseline ? paint("dim", " (baseline)") : "";
      lines.push(`  ${paint(tint, severity2)} ${columns}${paint("cyan", formatLocation(finding.location))}  ${finding.message}${evidence}${known}`);
      const primary = JSON.stringify(finding.location);
      for (const other of finding.locations ?? []) {
        if (JSON.stringify(other) !== primary) lines.push(`           ${paint("dim", `also at ${formatLocation(other)}`)}`);
      }
      if (finding.suppressed) {
        lines.push(`           ${paint("dim", describeSuppression(finding.suppressed))}`);
      }
    }
    if (findings.length > perCheck) lines.push(paint("dim", `  … and ${findings.length - perCheck} more (all of them are in --format json)`));
    if (open.length > 0 && check) lines.push(`  ${paint("dim", "fix:")} ${check.remediation}`);
    lines.push("");
  }
  const notApplicable = report.checks.filter((check) => check.notApplicable !== void 0);
  if (notApplicable.length > 0) {
    lines.push(paint("bold", "Not applicable to this input:"));
    for (const check of notApplicable) lines.push(`  ${paint("dim", "-")} ${check.id}: ${check.notApplicable}`);
    lines.push("");
  }
  const vulnerabilities = report.summary.vulnerabilities;
  if (vulnerabilities) {
    lines.push(paint("bold", `Vulnerabilities${vulnerabilities.fixableOnly ? " (fixable only are counted)" : ""}:`));
    for (const source of vulnerabilities.sources) {
      lines.push(
        `  ${source.status === "complete" ? paint("green", "✓") : paint("yellow", "!")} ${source.label}${source.status === "complete" ? `: ${source.vulnerabilities} reported` : `: unavailable, ${source.reason ?? ""}`}`
      );
      for (const note of source.notes ?? []) lines.push(`      ${paint("dim", note)}`);
    }
    const exploits = vulnerabilities.exploits;
    const epss = exploits.epssAtOrAbove === null ? "" : ` · ${exploits.epssAtOrAbove} with EPSS ≥ ${exploits.block.epss}`;
    const unknown = exploits.kevUnknown > 0 ? ` · KEV status unknown for ${exploits.kevUnknown}` : "";
    const blocked = exploits.blockedByPolicy > 0 ? ` · ${paint("red", `${exploits.blockedByPolicy} blocking by vulnerabilities.block`)}` : "";
    lines.push(`  exploits: ${exploits.kev} in CISA KEV · ${exploits.exploitAvailable} with a known exploit${epss}${unknown}${blocked}`);
    const rows2 = Object.entries(vulnerabilities.bySeverity).filter(([, row]) => row.reported > 0 || row.allowed !== null);
    for (const [severity2, row] of rows2) {
      const allowed = row.allowed === null ? "no limit" : `max ${row.allowed}`;
      const state = row.blocking ? paint("red", "over the limit") : paint("green", "ok");
      lines.push(`  ${severity2.padEnd(9)} ${String(row.counted).padStart(5)} counted (${row.reported} reported), ${allowed}: ${state}`);
    }
    lines.push("");
  }
  const { blocking, warnings, suppressed, baseline } = report.summary;
  const verdict = report.verdict === "fail" ? paint("red", "FAIL") : paint("green", "PASS");
  const audit = report.mode === "audit" ? paint("yellow", " (audit mode: reported only, exit 0)") : "";
  const binary = describeBinarySkipped(report.summary.notScanned);
  if (binary) lines.push(paint("dim", `${binary[0].toUpperCase()}${binary.slice(1)}.`));
  const notScanned = describeNotScanned(report.summary.notScanned);
  lines.push(
    `${paint("bold", "Result:")} ${verdict}${audit} · ${blocking} blocking · ${warnings} warning${warnings === 1 ? "" : "s"} · ${suppressed} suppressed${baseline !== void 0 ? ` · ${baseline} known from the baseline` : ""}${notScanned ? ` · ${paint("yellow", notScanned)}` : ""}`
  );
  return `${lines.join("\n")}
`;
}

// src/report/render.ts
var FORMATS = ["table", "json", "sarif", "junit", "markdown"];
function isFormat(value) {
  return FORMATS.includes(value);
}
function parseFormat(value, flag) {
  if (!isFormat(value)) throw new GateError(`${flag}: unknown format ${quoteInput(value, 30)} (formats: ${FORMATS.join(", ")})`);
  return value;
}
function scrubOutput(text) {
  return redactText(text, { formatsOnly: true });
}
function render(report, format, options) {
  const renderers = {
    table: () => renderTable(report, { color: options.color }),
    json: () => renderJson(report),
    sarif: () => renderSarif(report),
    junit: () => renderJunit(report),
    markdown: () => renderMarkdown(report)
  };
  return scrubOutput(renderers[format]());
}

export {
  favourSmallHeap,
  parseBuildArgs,
  isDockerfileLocation,
  TOOL_VERSION,
  runGate,
  parseFormat,
  scrubOutput,
  render
};
