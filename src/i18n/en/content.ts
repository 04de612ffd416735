/** English: the fixed words of the components writers use in articles, FAQ pages and posts. */
export default {
  /** Callout types, as their heading and (before a writer's own title) to screen readers. */
  calloutNote: 'Note',
  calloutTip: 'Tip',
  calloutImportant: 'Important',
  calloutWarning: 'Warning',
  calloutCaution: 'Caution',
  /** Said before a callout's own title: "Warning: Before you start" (note the space it ends with). */
  calloutTypePrefix: '{type}: ',
  copyCode: 'Copy',
  /** Said to screen readers after "Copy" (note the space it starts with). */
  copyCodeContext: ' code',
  copyCodeContextTitled: ' code: {title}',
  codeCopied: 'Copied',
  codeCopiedStatus: 'Code copied to the clipboard.',
  /** Where the clipboard is refused, the code is selected instead; {keys} is content.copyShortcut (content.copyShortcutMac on Apple devices). */
  codeSelected: 'Selected',
  codeSelectedStatus: 'The code is selected: press {keys} to copy it.',
  copyShortcut: 'Ctrl+C',
  copyShortcutMac: '⌘C',
  openFullSize: 'Open full size',
  /** Said to screen readers after "Open full size" (note the space it starts with). */
  fullSizeImage: ' image',
  fullSizeImageAlt: ' image: {alt}',
  /** The video's title is said after it, for screen readers. */
  playVideoTitled: 'Play video: {title}',
  playVideo: 'Play video',
  /** After a video's caption: "(YouTube)", or "(YouTube, captions in German)". */
  videoSource: '({platform})',
  videoSourceCaptions: '({platform}, captions in {language})',
  /** A download's type and size: "CSV spreadsheet, 2.4 kB". */
  downloadMeta: '{type}, {size}',
  sizeBytes: { one: '{count} byte', other: '{count} bytes' },
  /** {size} is the number, written as the language writes numbers. */
  sizeKilobytes: '{size} kB',
  sizeMegabytes: '{size} MB',
  sizeGigabytes: '{size} GB',
  /** What a downloaded file is, by its extension. */
  fileTypePdf: 'PDF document',
  fileTypeCsv: 'CSV spreadsheet',
  fileTypeExcel: 'Excel workbook',
  fileTypeOdsSpreadsheet: 'OpenDocument spreadsheet',
  fileTypeWord: 'Word document',
  fileTypeOdtText: 'OpenDocument text',
  fileTypeText: 'Text file',
  fileTypeJson: 'JSON file',
  fileTypeXml: 'XML file',
  fileTypeZip: 'ZIP archive',
  fileTypePng: 'PNG image',
  fileTypeJpeg: 'JPEG image',
  fileTypeSvg: 'SVG image',
  fileTypeCaptions: 'WebVTT captions',
  fileTypeMp4: 'MP4 video',
  fileTypeWebm: 'WebM video',
  fileTypeCalendar: 'Calendar file',
  fileTypeContact: 'Contact card',
  /** A file whose extension has no name here: "XYZ file". */
  fileTypeOther: '{extension} file',
  /** A file without an extension. */
  fileTypeUnknown: 'File',
};
