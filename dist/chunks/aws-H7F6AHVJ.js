import { createRequire as __igCreateRequire } from "node:module";
const require = __igCreateRequire(import.meta.url);
import {
  replaceAwsNodeWarning
} from "./chunk-GFEADTCJ.js";
import "./chunk-NLA4MBKA.js";
import {
  MEDIA_TYPES,
  indexSchema,
  isAttestation,
  isIndexMediaType,
  platformMatches,
  platformOf
} from "./chunk-4SGPG5RS.js";
import {
  batchGetImageSchema,
  describeImagesSchema,
  ecrStatusVerdict,
  findingDetailsSchema,
  imageScanFindingsPageSchema,
  isAbort,
  listCoveragePageSchema,
  listFindingsPageSchema,
  pollUntil,
  readUntilSettled,
  registryScanningConfigurationSchema
} from "./chunk-GAIJ4FNI.js";
import {
  fromBasicFinding,
  fromPackageFinding,
  signatureOf
} from "./chunk-IAWQKDHJ.js";
import {
  ShapeError,
  parseShape
} from "./chunk-BUOUAKQC.js";
import {
  REQUEST_TIMEOUTS,
  client_exports as client_exports2,
  describeAwsError,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  isTransient,
  partitionOf,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs,
  require_dist_cjs2,
  require_dist_cjs3,
  retry_exports
} from "./chunk-NR2AOQR3.js";
import {
  GateError
} from "./chunk-MSQ75MTB.js";
import "./chunk-LRSFJNTU.js";
import "./chunk-PE4PBRI4.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-KT6VUTM3.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-ENLSQBIW.js";

// node_modules/@aws-sdk/client-inspector2/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-inspector2/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultInspector2HttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "inspector2",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultInspector2HttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "inspector2"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1084.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://inspector2-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://inspector2-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://inspector2.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://inspector2.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var Inspector2ServiceException = class _Inspector2ServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _Inspector2ServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends Inspector2ServiceException {
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    };
    var InternalServerException = class _InternalServerException extends Inspector2ServiceException {
      name = "InternalServerException";
      $fault = "server";
      $retryable = {};
      retryAfterSeconds;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends Inspector2ServiceException {
      name = "ServiceQuotaExceededException";
      $fault = "client";
      resourceId;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
        this.resourceId = opts.resourceId;
      }
    };
    var ThrottlingException = class _ThrottlingException extends Inspector2ServiceException {
      name = "ThrottlingException";
      $fault = "client";
      $retryable = {
        throttling: true
      };
      retryAfterSeconds;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
      }
    };
    var ValidationException = class _ValidationException extends Inspector2ServiceException {
      name = "ValidationException";
      $fault = "client";
      reason;
      fields;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.reason = opts.reason;
        this.fields = opts.fields;
      }
    };
    var BadRequestException = class _BadRequestException extends Inspector2ServiceException {
      name = "BadRequestException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BadRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BadRequestException.prototype);
      }
    };
    var ConflictException = class _ConflictException extends Inspector2ServiceException {
      name = "ConflictException";
      $fault = "client";
      resourceId;
      resourceType;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.resourceId = opts.resourceId;
        this.resourceType = opts.resourceType;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends Inspector2ServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    };
    var _A = "Account";
    var _AA = "AccountAggregation";
    var _AAR = "AccountAggregationResponse";
    var _AARm = "AmiAggregationResponse";
    var _AAm = "AmiAggregation";
    var _ACCAF = "AwsConfigConnectorArnFilter";
    var _ACCAFL = "AwsConfigConnectorArnFilterList";
    var _ACR = "AssociateConfigurationRequest";
    var _ACRL = "AssociateConfigurationRequestList";
    var _AD = "AtigData";
    var _ADE = "AccessDeniedException";
    var _AE = "AutoEnable";
    var _AECA = "AwsEcrContainerAggregation";
    var _AECAR = "AwsEcrContainerAggregationResponse";
    var _AECID = "AwsEcrContainerImageDetails";
    var _AEID = "AwsEc2InstanceDetails";
    var _AEMD = "AwsEcsMetadataDetails";
    var _AEMDw = "AwsEksMetadataDetails";
    var _AEWI = "AwsEksWorkloadInfo";
    var _AEWIL = "AwsEksWorkloadInfoList";
    var _AIFL = "AccountIdFilterList";
    var _AL = "AccountList";
    var _ALFD = "AwsLambdaFunctionDetails";
    var _AM = "AssociateMember";
    var _AMR = "AssociateMemberRequest";
    var _AMRs = "AssociateMemberResponse";
    var _APDC = "AzureProviderDetailCreate";
    var _APDU = "AzureProviderDetailUpdate";
    var _AR = "AggregationRequest";
    var _ARL = "AggregationResponseList";
    var _ARg = "AggregationResponse";
    var _AS = "AccountState";
    var _ASC = "AzureScopeConfiguration";
    var _ASCI = "AzureScopeConfigurationInput";
    var _ASL = "AccountStateList";
    var _AU = "AuthorizationUrl";
    var _BACSSC = "BatchAssociateCodeSecurityScanConfiguration";
    var _BACSSCR = "BatchAssociateCodeSecurityScanConfigurationRequest";
    var _BACSSCRa = "BatchAssociateCodeSecurityScanConfigurationResponse";
    var _BDCSSC = "BatchDisassociateCodeSecurityScanConfiguration";
    var _BDCSSCR = "BatchDisassociateCodeSecurityScanConfigurationRequest";
    var _BDCSSCRa = "BatchDisassociateCodeSecurityScanConfigurationResponse";
    var _BGAS = "BatchGetAccountStatus";
    var _BGASR = "BatchGetAccountStatusRequest";
    var _BGASRa = "BatchGetAccountStatusResponse";
    var _BGCS = "BatchGetCodeSnippet";
    var _BGCSR = "BatchGetCodeSnippetRequest";
    var _BGCSRa = "BatchGetCodeSnippetResponse";
    var _BGFD = "BatchGetFindingDetails";
    var _BGFDR = "BatchGetFindingDetailsRequest";
    var _BGFDRa = "BatchGetFindingDetailsResponse";
    var _BGFTI = "BatchGetFreeTrialInfo";
    var _BGFTIR = "BatchGetFreeTrialInfoRequest";
    var _BGFTIRa = "BatchGetFreeTrialInfoResponse";
    var _BGMEDIS = "BatchGetMemberEc2DeepInspectionStatus";
    var _BGMEDISR = "BatchGetMemberEc2DeepInspectionStatusRequest";
    var _BGMEDISRa = "BatchGetMemberEc2DeepInspectionStatusResponse";
    var _BRE = "BadRequestException";
    var _BUMEDIS = "BatchUpdateMemberEc2DeepInspectionStatus";
    var _BUMEDISR = "BatchUpdateMemberEc2DeepInspectionStatusRequest";
    var _BUMEDISRa = "BatchUpdateMemberEc2DeepInspectionStatusResponse";
    var _C = "Connector";
    var _CAF = "ConnectorArnFilter";
    var _CAFL = "ConnectorArnFilterList";
    var _CC = "CreateConnector";
    var _CCA = "CisCheckAggregation";
    var _CCAL = "CisCheckAggregationList";
    var _CCISC = "ConnectorContainerImageScanConfiguration";
    var _CCR = "CreateConnectorRequest";
    var _CCRr = "CreateConnectorResponse";
    var _CCSC = "CreateCisScanConfiguration";
    var _CCSCR = "CreateCisScanConfigurationRequest";
    var _CCSCRr = "CreateCisScanConfigurationResponse";
    var _CCSI = "CreateCodeSecurityIntegration";
    var _CCSIR = "CreateCodeSecurityIntegrationRequest";
    var _CCSIRr = "CreateCodeSecurityIntegrationResponse";
    var _CCSSC = "CreateCodeSecurityScanConfiguration";
    var _CCSSCR = "CreateCodeSecurityScanConfigurationRequest";
    var _CCSSCRr = "CreateCodeSecurityScanConfigurationResponse";
    var _CCT = "CreateCisTargets";
    var _CD = "CisaData";
    var _CDF = "CisDateFilter";
    var _CDFL = "CoverageDateFilterList";
    var _CDFo = "CoverageDateFilter";
    var _CDL = "ClusterDetailsList";
    var _CDl = "ClusterDetails";
    var _CE = "ConflictException";
    var _CF = "CreateFilter";
    var _CFAFL = "CisFindingArnFilterList";
    var _CFC = "ConnectorFilterCriteria";
    var _CFCo = "CoverageFilterCriteria";
    var _CFIFC = "ClusterForImageFilterCriteria";
    var _CFP = "CodeFilePath";
    var _CFR = "CreateFilterRequest";
    var _CFRR = "CancelFindingsReportRequest";
    var _CFRRa = "CancelFindingsReportResponse";
    var _CFRRr = "CreateFindingsReportRequest";
    var _CFRRre = "CreateFindingsReportResponse";
    var _CFRa = "CancelFindingsReport";
    var _CFRr = "CreateFilterResponse";
    var _CFRre = "CreateFindingsReport";
    var _CFSF = "CisFindingStatusFilter";
    var _CFSFL = "CisFindingStatusFilterList";
    var _CGLSMID = "CreateGitLabSelfManagedIntegrationDetail";
    var _CH = "ConnectorHealth";
    var _CI = "ClusterInformation";
    var _CIA = "ContainerImageAggregation";
    var _CIAR = "ContainerImageAggregationResponse";
    var _CID = "CreateIntegrationDetail";
    var _CIFL = "CheckIdFilterList";
    var _CIL = "ClusterInformationList";
    var _CIM = "ContainerImageMetadata";
    var _CISC = "ContinuousIntegrationScanConfiguration";
    var _CL = "CodeLine";
    var _CLL = "CodeLineList";
    var _CLo = "ConnectorList";
    var _CLou = "CountsList";
    var _CM = "ClusterMetadata";
    var _CMF = "CoverageMapFilter";
    var _CMFL = "CoverageMapFilterList";
    var _CNF = "CisNumberFilter";
    var _CNFL = "CisNumberFilterList";
    var _CNFLo = "CoverageNumberFilterList";
    var _CNFo = "CoverageNumberFilter";
    var _CNT = "ConnectorNextToken";
    var _CP = "ComputePlatform";
    var _CR = "CoveredResource";
    var _CRA = "CodeRepositoryAggregation";
    var _CRAR = "CodeRepositoryAggregationResponse";
    var _CRD = "CodeRepositoryDetails";
    var _CRM = "CodeRepositoryMetadata";
    var _CRMo = "ContainerRegistryMetadata";
    var _CRMon = "ContainerRepositoryMetadata";
    var _CRODS = "CodeRepositoryOnDemandScan";
    var _CRSF = "CisResultStatusFilter";
    var _CRSFL = "CisResultStatusFilterList";
    var _CRo = "CoveredResources";
    var _CS = "CisScan";
    var _CSA = "CvssScoreAdjustment";
    var _CSAFL = "CisScanArnFilterList";
    var _CSAL = "CvssScoreAdjustmentList";
    var _CSBFL = "CisScheduledByFilterList";
    var _CSC = "CisScanConfiguration";
    var _CSCAFL = "CisScanConfigurationArnFilterList";
    var _CSCI = "ConnectorScanConfigurationItem";
    var _CSCIL = "ConnectorScanConfigurationItemList";
    var _CSCL = "CisScanConfigurationList";
    var _CSCo = "ConnectorScanConfiguration";
    var _CSD = "CvssScoreDetails";
    var _CSDFL = "CisScanDateFilterList";
    var _CSE = "CodeSnippetError";
    var _CSEL = "CodeSnippetErrorList";
    var _CSER = "CancelSbomExportRequest";
    var _CSERa = "CancelSbomExportResponse";
    var _CSERr = "CreateSbomExportRequest";
    var _CSERre = "CreateSbomExportResponse";
    var _CSEa = "CancelSbomExport";
    var _CSEr = "CreateSbomExport";
    var _CSF = "CisStringFilter";
    var _CSFL = "CoverageStringFilterList";
    var _CSFo = "CoverageStringFilter";
    var _CSIS = "CodeSecurityIntegrationSummary";
    var _CSL = "CisScanList";
    var _CSLF = "CisSecurityLevelFilter";
    var _CSLFL = "CisSecurityLevelFilterList";
    var _CSLv = "CvssScoreList";
    var _CSM = "CisSessionMessage";
    var _CSMi = "CisSessionMessages";
    var _CSNFL = "CisScanNameFilterList";
    var _CSR = "CodeSnippetResult";
    var _CSRABCFC = "CisScanResultsAggregatedByChecksFilterCriteria";
    var _CSRABTRFC = "CisScanResultsAggregatedByTargetResourceFilterCriteria";
    var _CSRD = "CisScanResultDetails";
    var _CSRDFC = "CisScanResultDetailsFilterCriteria";
    var _CSRDL = "CisScanResultDetailsList";
    var _CSRL = "CodeSnippetResultList";
    var _CSRo = "CodeSecurityResource";
    var _CSSC = "CodeSecurityScanConfiguration";
    var _CSSCAS = "CodeSecurityScanConfigurationAssociationSummary";
    var _CSSCASo = "CodeSecurityScanConfigurationAssociationSummaries";
    var _CSSCS = "CodeSecurityScanConfigurationSummary";
    var _CSSCSo = "CodeSecurityScanConfigurationSummaries";
    var _CSSF = "CisScanStatusFilter";
    var _CSSFL = "CisScanStatusFilterList";
    var _CSv = "CvssScore";
    var _CT = "CisTargets";
    var _CTF = "ConnectorTypeFilter";
    var _CTFL = "ConnectorTypeFilterList";
    var _CTRA = "CisTargetResourceAggregation";
    var _CTRAL = "CisTargetResourceAggregationList";
    var _CTSF = "CisTargetStatusFilter";
    var _CTSRF = "CisTargetStatusReasonFilter";
    var _CVD = "CodeVulnerabilityDetails";
    var _Co = "Counts";
    var _Cv = "Cvss2";
    var _Cvs = "Cvss3";
    var _Cvss = "Cvss4";
    var _D = "Destination";
    var _DA = "DelegatedAdmin";
    var _DAA = "DelegatedAdminAccount";
    var _DAAL = "DelegatedAdminAccountList";
    var _DC = "DeleteConnector";
    var _DCR = "DeleteConnectorRequest";
    var _DCRL = "DisassociateConfigurationRequestList";
    var _DCRe = "DeleteConnectorResponse";
    var _DCRi = "DisassociateConfigurationRequest";
    var _DCSC = "DeleteCisScanConfiguration";
    var _DCSCR = "DeleteCisScanConfigurationRequest";
    var _DCSCRe = "DeleteCisScanConfigurationResponse";
    var _DCSI = "DeleteCodeSecurityIntegration";
    var _DCSIR = "DeleteCodeSecurityIntegrationRequest";
    var _DCSIRe = "DeleteCodeSecurityIntegrationResponse";
    var _DCSSC = "DeleteCodeSecurityScanConfiguration";
    var _DCSSCR = "DeleteCodeSecurityScanConfigurationRequest";
    var _DCSSCRe = "DeleteCodeSecurityScanConfigurationResponse";
    var _DDAA = "DisableDelegatedAdminAccount";
    var _DDAAR = "DisableDelegatedAdminAccountRequest";
    var _DDAARi = "DisableDelegatedAdminAccountResponse";
    var _DF = "DateFilter";
    var _DFL = "DateFilterList";
    var _DFR = "DeleteFilterRequest";
    var _DFRe = "DeleteFilterResponse";
    var _DFe = "DeleteFilter";
    var _DM = "DisassociateMember";
    var _DMR = "DisassociateMemberRequest";
    var _DMRi = "DisassociateMemberResponse";
    var _DOC = "DescribeOrganizationConfiguration";
    var _DOCR = "DescribeOrganizationConfigurationRequest";
    var _DOCRe = "DescribeOrganizationConfigurationResponse";
    var _DR = "DisableRequest";
    var _DRi = "DisableResponse";
    var _DS = "DailySchedule";
    var _Di = "Disable";
    var _E = "Epss";
    var _EC = "Ec2Configuration";
    var _ECIM = "EcrContainerImageMetadata";
    var _ECS = "Ec2ConfigurationState";
    var _ECSc = "EcrConfigurationState";
    var _ECc = "EcrConfiguration";
    var _ED = "EpssDetails";
    var _EDAA = "EnableDelegatedAdminAccount";
    var _EDAAR = "EnableDelegatedAdminAccountRequest";
    var _EDAARn = "EnableDelegatedAdminAccountResponse";
    var _EDx = "ExploitabilityDetails";
    var _EIA = "Ec2InstanceAggregation";
    var _EIAR = "Ec2InstanceAggregationResponse";
    var _EL = "EvidenceList";
    var _EM = "Ec2Metadata";
    var _EO = "ExploitObserved";
    var _ER = "EnableRequest";
    var _ERDS = "EcrRescanDurationState";
    var _ERM = "EcrRepositoryMetadata";
    var _ERn = "EnableResponse";
    var _ESMS = "Ec2ScanModeState";
    var _En = "Enable";
    var _Ev = "Evidence";
    var _F = "Filter";
    var _FA = "FailedAccount";
    var _FAL = "FailedAccountList";
    var _FAR = "FailedAssociationResult";
    var _FARL = "FailedAssociationResultList";
    var _FC = "FilterCriteria";
    var _FD = "FindingDetail";
    var _FDE = "FindingDetailsError";
    var _FDEL = "FindingDetailsErrorList";
    var _FDi = "FindingDetails";
    var _FL = "FilterList";
    var _FLi = "FindingList";
    var _FMAEDISS = "FailedMemberAccountEc2DeepInspectionStatusState";
    var _FMAEDISSL = "FailedMemberAccountEc2DeepInspectionStatusStateList";
    var _FTA = "FindingTypeAggregation";
    var _FTAI = "FreeTrialAccountInfo";
    var _FTAIL = "FreeTrialAccountInfoList";
    var _FTAR = "FindingTypeAggregationResponse";
    var _FTI = "FreeTrialInfo";
    var _FTIE = "FreeTrialInfoError";
    var _FTIEL = "FreeTrialInfoErrorList";
    var _FTIL = "FreeTrialInfoList";
    var _Fi = "Finding";
    var _GC = "GetConfiguration";
    var _GCFI = "GetClustersForImage";
    var _GCFIR = "GetClustersForImageRequest";
    var _GCFIRe = "GetClustersForImageResponse";
    var _GCR = "GetConfigurationRequest";
    var _GCRe = "GetConfigurationResponse";
    var _GCSI = "GetCodeSecurityIntegration";
    var _GCSIR = "GetCodeSecurityIntegrationRequest";
    var _GCSIRe = "GetCodeSecurityIntegrationResponse";
    var _GCSR = "GetCisScanReport";
    var _GCSRD = "GetCisScanResultDetails";
    var _GCSRDR = "GetCisScanResultDetailsRequest";
    var _GCSRDRe = "GetCisScanResultDetailsResponse";
    var _GCSRR = "GetCisScanReportRequest";
    var _GCSRRe = "GetCisScanReportResponse";
    var _GCSS = "GetCodeSecurityScan";
    var _GCSSC = "GetCodeSecurityScanConfiguration";
    var _GCSSCR = "GetCodeSecurityScanConfigurationRequest";
    var _GCSSCRe = "GetCodeSecurityScanConfigurationResponse";
    var _GCSSR = "GetCodeSecurityScanRequest";
    var _GCSSRe = "GetCodeSecurityScanResponse";
    var _GDAA = "GetDelegatedAdminAccount";
    var _GDAAR = "GetDelegatedAdminAccountRequest";
    var _GDAARe = "GetDelegatedAdminAccountResponse";
    var _GEDIC = "GetEc2DeepInspectionConfiguration";
    var _GEDICR = "GetEc2DeepInspectionConfigurationRequest";
    var _GEDICRe = "GetEc2DeepInspectionConfigurationResponse";
    var _GEK = "GetEncryptionKey";
    var _GEKR = "GetEncryptionKeyRequest";
    var _GEKRe = "GetEncryptionKeyResponse";
    var _GFRS = "GetFindingsReportStatus";
    var _GFRSR = "GetFindingsReportStatusRequest";
    var _GFRSRe = "GetFindingsReportStatusResponse";
    var _GHAC = "GitHubAuthCode";
    var _GLAC = "GitLabAuthCode";
    var _GLAT = "GitLabAccessToken";
    var _GM = "GetMember";
    var _GMR = "GetMemberRequest";
    var _GMRe = "GetMemberResponse";
    var _GSE = "GetSbomExport";
    var _GSER = "GetSbomExportRequest";
    var _GSERe = "GetSbomExportResponse";
    var _I = "Image";
    var _ILA = "ImageLayerAggregation";
    var _ILAR = "ImageLayerAggregationResponse";
    var _IS = "IntegrationSummaries";
    var _ISD = "InspectorScoreDetails";
    var _ISE = "InternalServerException";
    var _IU = "InstanceUrl";
    var _LAP = "ListAccountPermissions";
    var _LAPR = "ListAccountPermissionsRequest";
    var _LAPRi = "ListAccountPermissionsResponse";
    var _LC = "ListConnectors";
    var _LCR = "ListConnectorsRequest";
    var _LCRi = "ListConnectorsResponse";
    var _LCRis = "ListCoverageRequest";
    var _LCRist = "ListCoverageResponse";
    var _LCS = "ListCisScans";
    var _LCSC = "ListCisScanConfigurations";
    var _LCSCFC = "ListCisScanConfigurationsFilterCriteria";
    var _LCSCR = "ListCisScanConfigurationsRequest";
    var _LCSCRi = "ListCisScanConfigurationsResponse";
    var _LCSCRis = "ListConnectorScanConfigurationsRequest";
    var _LCSCRist = "ListConnectorScanConfigurationsResponse";
    var _LCSCi = "ListConnectorScanConfigurations";
    var _LCSFC = "ListCisScansFilterCriteria";
    var _LCSI = "ListCodeSecurityIntegrations";
    var _LCSIR = "ListCodeSecurityIntegrationsRequest";
    var _LCSIRi = "ListCodeSecurityIntegrationsResponse";
    var _LCSR = "ListCisScansRequest";
    var _LCSRABC = "ListCisScanResultsAggregatedByChecks";
    var _LCSRABCR = "ListCisScanResultsAggregatedByChecksRequest";
    var _LCSRABCRi = "ListCisScanResultsAggregatedByChecksResponse";
    var _LCSRABTR = "ListCisScanResultsAggregatedByTargetResource";
    var _LCSRABTRR = "ListCisScanResultsAggregatedByTargetResourceRequest";
    var _LCSRABTRRi = "ListCisScanResultsAggregatedByTargetResourceResponse";
    var _LCSRi = "ListCisScansResponse";
    var _LCSRis = "ListCoverageStatisticsRequest";
    var _LCSRist = "ListCoverageStatisticsResponse";
    var _LCSSC = "ListCodeSecurityScanConfigurations";
    var _LCSSCA = "ListCodeSecurityScanConfigurationAssociations";
    var _LCSSCAR = "ListCodeSecurityScanConfigurationAssociationsRequest";
    var _LCSSCARi = "ListCodeSecurityScanConfigurationAssociationsResponse";
    var _LCSSCR = "ListCodeSecurityScanConfigurationsRequest";
    var _LCSSCRi = "ListCodeSecurityScanConfigurationsResponse";
    var _LCSi = "ListCoverageStatistics";
    var _LCi = "ListCoverage";
    var _LDAA = "ListDelegatedAdminAccounts";
    var _LDAAR = "ListDelegatedAdminAccountsRequest";
    var _LDAARi = "ListDelegatedAdminAccountsResponse";
    var _LF = "ListFilters";
    var _LFA = "LambdaFunctionAggregation";
    var _LFAR = "LambdaFunctionAggregationResponse";
    var _LFARi = "ListFindingAggregationsRequest";
    var _LFARis = "ListFindingAggregationsResponse";
    var _LFAi = "ListFindingAggregations";
    var _LFM = "LambdaFunctionMetadata";
    var _LFR = "ListFiltersRequest";
    var _LFRi = "ListFiltersResponse";
    var _LFRis = "ListFindingsRequest";
    var _LFRist = "ListFindingsResponse";
    var _LFi = "ListFindings";
    var _LLA = "LambdaLayerAggregation";
    var _LLAR = "LambdaLayerAggregationResponse";
    var _LM = "ListMembers";
    var _LMR = "ListMembersRequest";
    var _LMRi = "ListMembersResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LUT = "ListUsageTotals";
    var _LUTR = "ListUsageTotalsRequest";
    var _LUTRi = "ListUsageTotalsResponse";
    var _LVC = "LambdaVpcConfig";
    var _M = "Member";
    var _MAEDIS = "MemberAccountEc2DeepInspectionStatus";
    var _MAEDISL = "MemberAccountEc2DeepInspectionStatusList";
    var _MAEDISS = "MemberAccountEc2DeepInspectionStatusState";
    var _MAEDISSL = "MemberAccountEc2DeepInspectionStatusStateList";
    var _MF = "MapFilter";
    var _MFL = "MapFilterList";
    var _ML = "MemberList";
    var _MS = "MonthlySchedule";
    var _NF = "NumberFilter";
    var _NFL = "NumberFilterList";
    var _NP = "NetworkPath";
    var _NRD = "NetworkReachabilityDetails";
    var _OAIFL = "OneAccountIdFilterList";
    var _OTS = "OneTimeSchedule";
    var _P = "Permission";
    var _PA = "PackageAggregation";
    var _PAR = "PackageAggregationResponse";
    var _PCISC = "ProjectContinuousIntegrationScanConfiguration";
    var _PCISCL = "ProjectContinuousIntegrationScanConfigurationList";
    var _PCSSC = "ProjectCodeSecurityScanConfiguration";
    var _PDC = "ProviderDetailCreate";
    var _PDU = "ProviderDetailUpdate";
    var _PF = "PackageFilter";
    var _PFL = "PackageFilterList";
    var _PFLl = "PlatformFilterList";
    var _PFLr = "ProviderFilterList";
    var _PFr = "ProviderFilter";
    var _PPSC = "ProjectPeriodicScanConfiguration";
    var _PPSCL = "ProjectPeriodicScanConfigurationList";
    var _PR = "PortRange";
    var _PRF = "PortRangeFilter";
    var _PRFL = "PortRangeFilterList";
    var _PSC = "PeriodicScanConfiguration";
    var _PVD = "PackageVulnerabilityDetails";
    var _Pe = "Permissions";
    var _R = "Recommendation";
    var _RA = "Retry-After";
    var _RAR = "RepositoryAggregationResponse";
    var _RAe = "RepositoryAggregation";
    var _RD = "ResourceDetails";
    var _REK = "ResetEncryptionKey";
    var _REKR = "ResetEncryptionKeyRequest";
    var _REKRe = "ResetEncryptionKeyResponse";
    var _RFC = "ResourceFilterCriteria";
    var _RIFL = "ResourceIdFilterList";
    var _RL = "ResourceList";
    var _RMF = "ResourceMapFilter";
    var _RMFL = "ResourceMapFilterList";
    var _RNFE = "ResourceNotFoundException";
    var _RS = "ResourceState";
    var _RSF = "ResourceStringFilter";
    var _RSFL = "ResourceStringFilterList";
    var _RSM = "ResourceScanMetadata";
    var _RSe = "ResourceStatus";
    var _RTFL = "ResourceTagFilterList";
    var _Re = "Remediation";
    var _Res = "Resource";
    var _S = "State";
    var _SAR = "SuccessfulAssociationResult";
    var _SARL = "SuccessfulAssociationResultList";
    var _SC = "ScopeConfiguration";
    var _SCI = "ScopeConfigurationInput";
    var _SCMP = "StopCisMessageProgress";
    var _SCS = "StartCisSession";
    var _SCSH = "SendCisSessionHealth";
    var _SCSHR = "SendCisSessionHealthRequest";
    var _SCSHRe = "SendCisSessionHealthResponse";
    var _SCSM = "StartCisSessionMessage";
    var _SCSMt = "StopCisSessionMessage";
    var _SCSR = "StartCisSessionRequest";
    var _SCSRt = "StartCisSessionResponse";
    var _SCSRto = "StopCisSessionRequest";
    var _SCSRtop = "StopCisSessionResponse";
    var _SCSS = "StartCodeSecurityScan";
    var _SCSSR = "StartCodeSecurityScanRequest";
    var _SCSSRt = "StartCodeSecurityScanResponse";
    var _SCST = "SendCisSessionTelemetry";
    var _SCSTR = "SendCisSessionTelemetryRequest";
    var _SCSTRe = "SendCisSessionTelemetryResponse";
    var _SCSt = "StopCisSession";
    var _SCe = "SeverityCounts";
    var _SCo = "SortCriteria";
    var _SCt = "StatusCounts";
    var _SF = "ServerlessFunction";
    var _SFA = "ServerlessFunctionAggregation";
    var _SFAR = "ServerlessFunctionAggregationResponse";
    var _SFL = "StringFilterList";
    var _SFM = "ServerlessFunctionMetadata";
    var _SFt = "StringFilter";
    var _SFu = "SuggestedFix";
    var _SFug = "SuggestedFixes";
    var _SL = "StepList";
    var _SQEE = "ServiceQuotaExceededException";
    var _SS = "ScanStatus";
    var _SSc = "ScopeSettings";
    var _SV = "SearchVulnerabilities";
    var _SVFC = "SearchVulnerabilitiesFilterCriteria";
    var _SVR = "SearchVulnerabilitiesRequest";
    var _SVRe = "SearchVulnerabilitiesResponse";
    var _Sc = "Schedule";
    var _St = "Step";
    var _T = "Time";
    var _TA = "TitleAggregation";
    var _TAR = "TitleAggregationResponse";
    var _TE = "ThrottlingException";
    var _TF = "TagFilter";
    var _TFL = "TitleFilterList";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _TRT = "TargetResourceTags";
    var _TSFL = "TargetStatusFilterList";
    var _TSRFL = "TargetStatusReasonFilterList";
    var _U = "Url";
    var _UC = "UpdateConfiguration";
    var _UCI = "UpdateConfigurationInheritance";
    var _UCR = "UpdateConfigurationRequest";
    var _UCRp = "UpdateConfigurationResponse";
    var _UCRpd = "UpdateConnectorRequest";
    var _UCRpda = "UpdateConnectorResponse";
    var _UCSC = "UpdateCisScanConfiguration";
    var _UCSCR = "UpdateCisScanConfigurationRequest";
    var _UCSCRp = "UpdateCisScanConfigurationResponse";
    var _UCSCRpd = "UpdateConnectorScanConfigurationRequest";
    var _UCSCRpda = "UpdateConnectorScanConfigurationResponse";
    var _UCSCp = "UpdateConnectorScanConfiguration";
    var _UCSI = "UpdateCodeSecurityIntegration";
    var _UCSIR = "UpdateCodeSecurityIntegrationRequest";
    var _UCSIRp = "UpdateCodeSecurityIntegrationResponse";
    var _UCSSC = "UpdateCodeSecurityScanConfiguration";
    var _UCSSCR = "UpdateCodeSecurityScanConfigurationRequest";
    var _UCSSCRp = "UpdateCodeSecurityScanConfigurationResponse";
    var _UCT = "UpdateCisTargets";
    var _UCp = "UpdateConnector";
    var _UEDIC = "UpdateEc2DeepInspectionConfiguration";
    var _UEDICR = "UpdateEc2DeepInspectionConfigurationRequest";
    var _UEDICRp = "UpdateEc2DeepInspectionConfigurationResponse";
    var _UEK = "UpdateEncryptionKey";
    var _UEKR = "UpdateEncryptionKeyRequest";
    var _UEKRp = "UpdateEncryptionKeyResponse";
    var _UF = "UpdateFilter";
    var _UFR = "UpdateFilterRequest";
    var _UFRp = "UpdateFilterResponse";
    var _UGHID = "UpdateGitHubIntegrationDetail";
    var _UGLSMID = "UpdateGitLabSelfManagedIntegrationDetail";
    var _UID = "UpdateIntegrationDetails";
    var _UL = "UsageList";
    var _UOC = "UpdateOrganizationConfiguration";
    var _UOCR = "UpdateOrganizationConfigurationRequest";
    var _UOCRp = "UpdateOrganizationConfigurationResponse";
    var _UOEDIC = "UpdateOrgEc2DeepInspectionConfiguration";
    var _UOEDICR = "UpdateOrgEc2DeepInspectionConfigurationRequest";
    var _UOEDICRp = "UpdateOrgEc2DeepInspectionConfigurationResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _UT = "UsageTotal";
    var _UTL = "UsageTotalList";
    var _Us = "Usage";
    var _V = "Vm";
    var _VE = "ValidationException";
    var _VEF = "ValidationExceptionField";
    var _VEFa = "ValidationExceptionFields";
    var _VIA = "VmInstanceAggregation";
    var _VIAR = "VmInstanceAggregationResponse";
    var _VIM = "VmInstanceMetadata";
    var _VMSS = "VMScannerState";
    var _VP = "VulnerablePackage";
    var _VPL = "VulnerablePackageList";
    var _Vu = "Vulnerability";
    var _Vul = "Vulnerabilities";
    var _WS = "WeeklySchedule";
    var _a = "amis";
    var _aA = "activatedAt";
    var _aAI = "awsAccountId";
    var _aAc = "accountAggregation";
    var _aAm = "amiAggregation";
    var _aC = "adjustedCvss";
    var _aCCA = "awsConfigConnectorArn";
    var _aCCAw = "awsConfigConnectorArns";
    var _aCR = "associateConfigurationRequests";
    var _aCu = "authCode";
    var _aD = "atigData";
    var _aDI = "activateDeepInspection";
    var _aE = "autoEnable";
    var _aECA = "awsEcrContainerAggregation";
    var _aECI = "awsEcrContainerImage";
    var _aEI = "awsEc2Instance";
    var _aEMD = "awsEcsMetadataDetails";
    var _aEMDw = "awsEksMetadataDetails";
    var _aI = "accountId";
    var _aIF = "accountIdFilters";
    var _aIVMS = "autoInstallVMScanner";
    var _aIc = "accountIds";
    var _aIf = "affectedInstances";
    var _aIff = "affectedImages";
    var _aIm = "amiId";
    var _aLF = "awsLambdaFunction";
    var _aR = "azureRegions";
    var _aRg = "aggregationRequest";
    var _aT = "accessToken";
    var _aTg = "aggregationType";
    var _aU = "authorizationUrl";
    var _aVMS = "activateVMScanner";
    var _ac = "accounts";
    var _act = "action";
    var _acti = "activated";
    var _ad = "adjustments";
    var _al = "all";
    var _am = "ami";
    var _ar = "architectures";
    var _arc = "architecture";
    var _arch = "arch";
    var _arn = "arn";
    var _arns = "arns";
    var _as = "associations";
    var _au = "author";
    var _az = "azure";
    var _b = "begin";
    var _bI = "beginInclusive";
    var _bN = "bucketName";
    var _bP = "benchmarkProfile";
    var _bS = "baseScore";
    var _bV = "benchmarkVersion";
    var _c = "client";
    var _cA = "clusterArn";
    var _cAI = "cloudAccountId";
    var _cAIl = "cloudAccountIds";
    var _cAh = "checkAggregations";
    var _cAo = "connectorArn";
    var _cAom = "componentArn";
    var _cAon = "connectorArns";
    var _cAr = "createdAt";
    var _cBG = "countsByGroup";
    var _cCIT = "cloudContainerImageTags";
    var _cCRN = "cloudContainerRepositoryName";
    var _cCRNl = "cloudContainerRegistryName";
    var _cD = "checkDescription";
    var _cDi = "cisaData";
    var _cDl = "clusterDetails";
    var _cDo = "codeDigest";
    var _cI = "checkId";
    var _cIA = "cloudImageArchitecture";
    var _cIAo = "containerImageAggregation";
    var _cID = "cloudImageDigest";
    var _cIF = "checkIdFilters";
    var _cIIUC = "cloudImageInUseCount";
    var _cILIUA = "cloudImageLastInUseAt";
    var _cIPA = "cloudImagePushedAt";
    var _cIR = "cloudImageRegistry";
    var _cIRN = "cloudImageRepositoryName";
    var _cIS = "containerImageScanning";
    var _cISC = "continuousIntegrationScanConfiguration";
    var _cISCo = "continuousIntegrationScanConfigurations";
    var _cISSE = "continuousIntegrationScanSupportedEvents";
    var _cIT = "cloudImageTags";
    var _cIo = "componentId";
    var _cIon = "containerImage";
    var _cM = "clusterMetadata";
    var _cO = "createdOn";
    var _cOI = "cloudOrgId";
    var _cOIl = "cloudOrgIds";
    var _cP = "cloudProvider";
    var _cPAI = "cloudProviderAccountId";
    var _cPOI = "cloudProviderOrgId";
    var _cPR = "cloudProviderRegion";
    var _cPl = "cloudPartition";
    var _cPlo = "cloudProviders";
    var _cPlou = "cloudPartitions";
    var _cPo = "computePlatform";
    var _cR = "cloudRegion";
    var _cRA = "codeRepositoryAggregation";
    var _cRD = "cisRuleDetails";
    var _cRPN = "codeRepositoryProjectName";
    var _cRPT = "codeRepositoryProviderType";
    var _cRPTV = "codeRepositoryProviderTypeVisibility";
    var _cRl = "cloudRegions";
    var _cRo = "codeRepository";
    var _cRon = "containerRepository";
    var _cRont = "containerRegistry";
    var _cRov = "coveredResources";
    var _cS = "codeSha256";
    var _cSFER = "cloudServerlessFunctionExecutionRole";
    var _cSFLMA = "cloudServerlessFunctionLastModifiedAt";
    var _cSFN = "cloudServerlessFunctionName";
    var _cSFR = "cloudServerlessFunctionRuntime";
    var _cSFT = "cloudServerlessFunctionTags";
    var _cSR = "codeSnippetResults";
    var _cSo = "codeSnippet";
    var _cSon = "connectorStatus";
    var _cSv = "cvssSource";
    var _cT = "connectorType";
    var _cTl = "clientToken";
    var _cTo = "componentType";
    var _cVD = "codeVulnerabilityDetails";
    var _cVDN = "codeVulnerabilityDetectorName";
    var _cVDT = "codeVulnerabilityDetectorTags";
    var _cVFP = "codeVulnerabilityFilePath";
    var _cVIR = "cloudVmImageReference";
    var _cVIT = "cloudVmInstanceTags";
    var _cVNI = "cloudVmNetworkId";
    var _cVSI = "cloudVmSubnetIds";
    var _cl = "cluster";
    var _co = "comparison";
    var _cod = "code";
    var _con = "content";
    var _conf = "configuration";
    var _confi = "configurations";
    var _cou = "count";
    var _cr = "criteria";
    var _cri = "critical";
    var _cu = "currency";
    var _cv = "cvss";
    var _cvs = "cvss4";
    var _cvss = "cvss3";
    var _cvss_ = "cvss2";
    var _cw = "cwes";
    var _d = "description";
    var _dA = "dateAdded";
    var _dAA = "delegatedAdminAccounts";
    var _dAAI = "delegatedAdminAccountId";
    var _dAe = "delegatedAdmin";
    var _dCR = "disassociateConfigurationRequests";
    var _dD = "dateDue";
    var _dG = "detailsGroup";
    var _dI = "detectorId";
    var _dL = "detailLevel";
    var _dN = "detectorName";
    var _dP = "detectionPlatforms";
    var _dT = "detectorTags";
    var _da = "day";
    var _dai = "daily";
    var _day = "days";
    var _de = "details";
    var _des = "destination";
    var _e = "error";
    var _eA = "exploitAvailable";
    var _eAAFC = "exploitAvailableActiveFindingsCount";
    var _eAC = "exploitAvailableCount";
    var _eC = "errorCode";
    var _eCc = "ecrConfiguration";
    var _eCco = "ec2Configuration";
    var _eCr = "errorChecks";
    var _eD = "evidenceDetail";
    var _eDx = "exploitabilityDetails";
    var _eI = "endInclusive";
    var _eIA = "ecrImageArchitecture";
    var _eIAc = "ec2InstanceAggregation";
    var _eIH = "ecrImageHash";
    var _eIII = "ec2InstanceImageId";
    var _eIIUC = "ecrImageInUseCount";
    var _eILIUA = "ecrImageLastInUseAt";
    var _eIPA = "ecrImagePushedAt";
    var _eIR = "ecrImageRegistry";
    var _eIRN = "ecrImageRepositoryName";
    var _eISI = "ec2InstanceSubnetId";
    var _eIT = "ecrImageTags";
    var _eITc = "ec2InstanceTags";
    var _eIVI = "ec2InstanceVpcId";
    var _eIc = "ecrImage";
    var _eL = "endLine";
    var _eM = "errorMessage";
    var _eMC = "estimatedMonthlyCost";
    var _eO = "exploitObserved";
    var _eR = "evidenceRule";
    var _eRA = "executionRoleArn";
    var _eRN = "ecrRepositoryName";
    var _eRc = "ecrRepository";
    var _eRx = "executionRole";
    var _eS = "enablementStatus";
    var _eSR = "enablementStatusReason";
    var _eSS = "ec2ScanStatus";
    var _eSST = "earliestScanStartTime";
    var _eSp = "epssScore";
    var _ec = "ec2";
    var _ecr = "ecr";
    var _en = "end";
    var _ep = "epss";
    var _epo = "epoch";
    var _er = "errors";
    var _ev = "evidences";
    var _f = "fields";
    var _fA = "failedAssociations";
    var _fAAFC = "fixAvailableActiveFindingsCount";
    var _fAC = "fixAvailableCount";
    var _fAF = "findingArnFilters";
    var _fAI = "failedAccountIds";
    var _fAa = "failedAccounts";
    var _fAi = "findingArns";
    var _fAil = "filterArn";
    var _fAin = "findingArn";
    var _fAix = "fixAvailable";
    var _fC = "failedChecks";
    var _fCF = "failedChecksFilters";
    var _fCi = "filterCriteria";
    var _fD = "findingDetails";
    var _fE = "frequencyExpression";
    var _fIV = "fixedInVersion";
    var _fN = "functionName";
    var _fNi = "fileName";
    var _fNu = "functionNames";
    var _fOA = "firstObservedAt";
    var _fP = "filePath";
    var _fRF = "failedResourcesFilters";
    var _fS = "firstSeen";
    var _fSF = "findingStatusFilters";
    var _fSi = "findingStatus";
    var _fT = "findingType";
    var _fTA = "findingTypeAggregation";
    var _fTI = "freeTrialInfo";
    var _fTu = "functionTags";
    var _fa = "failed";
    var _fi = "filter";
    var _fie = "field";
    var _fil = "filters";
    var _fin = "findings";
    var _fo = "format";
    var _fr = "frequency";
    var _g = "github";
    var _gB = "groupBy";
    var _gK = "groupKey";
    var _gSM = "gitlabSelfManaged";
    var _h = "health";
    var _hE = "httpError";
    var _hH = "httpHeader";
    var _hQ = "httpQuery";
    var _hi = "high";
    var _ht = "http";
    var _i = "integrations";
    var _iA = "integrationArn";
    var _iC = "informationalChecks";
    var _iD = "imageDigests";
    var _iDm = "imageDigest";
    var _iH = "imageHash";
    var _iHn = "inventoryHash";
    var _iI = "imageId";
    var _iIPA = "iamInstanceProfileArn";
    var _iIn = "instanceIds";
    var _iIns = "instanceId";
    var _iInst = "installationId";
    var _iLA = "imageLayerAggregation";
    var _iPA = "imagePulledAt";
    var _iS = "imageShas";
    var _iSD = "inspectorScoreDetails";
    var _iSm = "imageSha";
    var _iSn = "inspectorScore";
    var _iT = "imageTags";
    var _iTn = "instanceTags";
    var _iU = "instanceUrl";
    var _iUC = "inUseCount";
    var _iVA = "ipV4Addresses";
    var _iVAp = "ipV6Addresses";
    var _id = "id";
    var _im = "image";
    var _it = "items";
    var _k = "key";
    var _kKA = "kmsKeyArn";
    var _kKI = "kmsKeyId";
    var _kN = "keyName";
    var _kP = "keyPrefix";
    var _l = "lambda";
    var _lA = "launchedAt";
    var _lAa = "layerArns";
    var _lAay = "layerArn";
    var _lC = "lambdaCode";
    var _lCA = "lastCheckedAt";
    var _lCI = "lastCommitId";
    var _lF = "lambdaFunction";
    var _lFA = "lambdaFunctionAggregation";
    var _lFERA = "lambdaFunctionExecutionRoleArn";
    var _lFL = "lambdaFunctionLayers";
    var _lFLMA = "lambdaFunctionLastModifiedAt";
    var _lFN = "lambdaFunctionName";
    var _lFR = "lambdaFunctionRuntime";
    var _lFT = "lambdaFunctionTags";
    var _lH = "layerHashes";
    var _lHa = "layerHash";
    var _lI = "lowerInclusive";
    var _lIU = "lastInUse";
    var _lIUA = "lastInUseAt";
    var _lKEA = "lastKnownExploitAt";
    var _lLA = "lambdaLayerAggregation";
    var _lMA = "lastModifiedAt";
    var _lN = "lineNumber";
    var _lOA = "lastObservedAt";
    var _lS = "lastSeen";
    var _lSA = "lastScanAt";
    var _lSAa = "lastScannedAt";
    var _lSCI = "lastScannedCommitId";
    var _lSST = "latestScanStartTime";
    var _lT = "lambdaTags";
    var _lUA = "lastUpdatedAt";
    var _lUO = "lastUpdateOn";
    var _la = "layers";
    var _le = "level";
    var _m = "message";
    var _mALR = "maxAccountLimitReached";
    var _mR = "maxResults";
    var _me = "metric";
    var _med = "medium";
    var _mem = "member";
    var _memb = "members";
    var _mes = "messages";
    var _mo = "monthly";
    var _n = "namespace";
    var _nAC = "notApplicableChecks";
    var _nEC = "notEvaluatedChecks";
    var _nF = "networkFindings";
    var _nI = "networkId";
    var _nP = "networkProtocol";
    var _nPe = "networkPath";
    var _nRD = "networkReachabilityDetails";
    var _nT = "nextToken";
    var _na = "name";
    var _o = "operation";
    var _oA = "onlyAssociated";
    var _oAI = "ownerAccountId";
    var _oDS = "onDemandScan";
    var _oI = "ownerId";
    var _oPP = "orgPackagePaths";
    var _oPR = "openPortRange";
    var _oS = "operatingSystems";
    var _oSp = "operatingSystem";
    var _oT = "oneTime";
    var _p = "platform";
    var _pA = "pushedAt";
    var _pAI = "providerAccountId";
    var _pAa = "packageAggregation";
    var _pD = "pushDuration";
    var _pDRD = "pullDateRescanDuration";
    var _pDRM = "pullDateRescanMode";
    var _pDr = "providerDetail";
    var _pDu = "pullDuration";
    var _pF = "platformFilters";
    var _pI = "projectId";
    var _pM = "packageManager";
    var _pN = "projectNames";
    var _pNa = "packageNames";
    var _pNac = "packageName";
    var _pNr = "projectName";
    var _pOI = "providerOrgId";
    var _pP = "providerPartition";
    var _pPa = "packagePaths";
    var _pR = "providerRegion";
    var _pRo = "portRange";
    var _pSC = "periodicScanConfiguration";
    var _pSCe = "periodicScanConfigurations";
    var _pSF = "periodicScanFrequency";
    var _pSS = "projectSelectionScope";
    var _pT = "packageType";
    var _pTV = "providerTypeVisibility";
    var _pTr = "providerTypes";
    var _pTro = "providerType";
    var _pVD = "packageVulnerabilityDetails";
    var _pa = "partition";
    var _pas = "passed";
    var _pe = "permissions";
    var _pr = "product";
    var _pro = "provider";
    var _prog = "progress";
    var _prot = "protocol";
    var _r = "reason";
    var _rA = "resourceArn";
    var _rAS = "retryAfterSeconds";
    var _rAe = "repositoryAggregation";
    var _rD = "rescanDuration";
    var _rDS = "rescanDurationState";
    var _rF = "reportFormat";
    var _rFC = "resourceFilterCriteria";
    var _rI = "resourceId";
    var _rIe = "resourceIds";
    var _rIep = "reportId";
    var _rIu = "ruleId";
    var _rM = "resourceMetadata";
    var _rN = "repositoryName";
    var _rS = "resourceStatus";
    var _rSC = "ruleSetCategories";
    var _rSe = "resourceState";
    var _rSel = "relationshipStatus";
    var _rSi = "riskScore";
    var _rT = "resourceType";
    var _rTe = "resourceTypes";
    var _rTes = "resourceTags";
    var _rU = "referenceUrls";
    var _rUC = "runningUnitCount";
    var _rV = "relatedVulnerabilities";
    var _re = "resource";
    var _rec = "recommendation";
    var _reg = "registry";
    var _regi = "registries";
    var _regio = "region";
    var _rel = "release";
    var _rem = "remediation";
    var _rep = "repositories";
    var _repo = "repository";
    var _res = "resources";
    var _resp = "responses";
    var _ru = "runtime";
    var _run = "runtimes";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.inspector2";
    var _sA = "successfulAssociations";
    var _sAF = "scanAtFilters";
    var _sAFc = "scanArnFilters";
    var _sAc = "scanArn";
    var _sB = "sortBy";
    var _sBF = "scheduledByFilters";
    var _sBc = "scheduledBy";
    var _sC = "severityCounts";
    var _sCA = "scanConfigurationArn";
    var _sCAF = "scanConfigurationArnFilters";
    var _sCc = "scopeConfiguration";
    var _sCca = "scanConfiguration";
    var _sCcan = "scanConfigurations";
    var _sCo = "sortCriteria";
    var _sCt = "statusCounts";
    var _sCta = "statusCode";
    var _sCu = "successfulChecks";
    var _sD = "scanDate";
    var _sDe = "s3Destination";
    var _sE = "supportedEvents";
    var _sEu = "supportedEvent";
    var _sF = "statusFilters";
    var _sFA = "serverlessFunctionAggregation";
    var _sFN = "serverlessFunctionName";
    var _sFc = "scanFrequency";
    var _sFe = "serverlessFunction";
    var _sFu = "suggestedFixes";
    var _sGI = "securityGroupIds";
    var _sI = "subnetId";
    var _sIc = "scanId";
    var _sIt = "startInclusive";
    var _sIu = "subnetIds";
    var _sJI = "scanJobId";
    var _sL = "securityLevel";
    var _sLF = "securityLevelFilters";
    var _sLH = "sourceLayerHash";
    var _sLLA = "sourceLambdaLayerArn";
    var _sLt = "startLine";
    var _sM = "scanMode";
    var _sMS = "scanModeState";
    var _sMSc = "scanModeStatus";
    var _sMt = "statusMessage";
    var _sN = "scanName";
    var _sNF = "scanNameFilters";
    var _sO = "sortOrder";
    var _sR = "statusReason";
    var _sRD = "scanResultDetails";
    var _sRt = "stateReason";
    var _sS = "serverlessScanning";
    var _sSC = "scanStatusCode";
    var _sSF = "scanStatusFilters";
    var _sSR = "scanStatusReason";
    var _sSc = "scanStatus";
    var _sSco = "scopeSettings";
    var _sScor = "scoreSource";
    var _sT = "scanType";
    var _sTc = "scopeType";
    var _sTe = "sessionToken";
    var _sTt = "startTime";
    var _sU = "sourceUrl";
    var _sUC = "stoppedUnitCount";
    var _sV = "scoringVector";
    var _sVc = "scopeValues";
    var _sc = "schedule";
    var _sca = "scans";
    var _sco = "score";
    var _se = "server";
    var _ser = "service";
    var _sev = "severity";
    var _sk = "skipped";
    var _so = "source";
    var _st = "status";
    var _sta = "state";
    var _star = "start";
    var _ste = "steps";
    var _t = "targets";
    var _tA = "targetAccounts";
    var _tAIF = "targetAccountIdFilters";
    var _tAi = "titleAggregation";
    var _tC = "totalChecks";
    var _tCo = "totalCounts";
    var _tDA = "taskDefinitionArn";
    var _tF = "titleFilters";
    var _tK = "tagKeys";
    var _tOD = "timeOfDay";
    var _tRA = "targetResourceAggregations";
    var _tRI = "targetResourceId";
    var _tRIF = "targetResourceIdFilters";
    var _tRT = "targetResourceTags";
    var _tRTF = "targetResourceTagFilters";
    var _tS = "targetStatus";
    var _tSF = "targetStatusFilters";
    var _tSR = "targetStatusReason";
    var _tSRF = "targetStatusReasonFilters";
    var _ta = "tags";
    var _te = "text";
    var _ti = "title";
    var _tim = "timezone";
    var _tit = "titles";
    var _to = "tools";
    var _tot = "totals";
    var _tota = "total";
    var _tt = "ttps";
    var _ty = "type";
    var _u = "url";
    var _uA = "updatedAt";
    var _uC = "unknownChecks";
    var _uCI = "updateConfigurationInheritance";
    var _uI = "upperInclusive";
    var _us = "usage";
    var _v = "value";
    var _vC = "vpcConfig";
    var _vCA = "vendorCreatedAt";
    var _vI = "vpcId";
    var _vIA = "vmInstanceAggregation";
    var _vIR = "vmImageReference";
    var _vIRm = "vmImageReferences";
    var _vIm = "vmInstance";
    var _vIu = "vulnerabilityId";
    var _vIul = "vulnerabilityIds";
    var _vN = "vmName";
    var _vP = "vulnerablePackages";
    var _vS = "vmScanning";
    var _vSS = "vmScannerState";
    var _vSe = "vendorSeverity";
    var _vSu = "vulnerabilitySource";
    var _vUA = "vendorUpdatedAt";
    var _ve = "version";
    var _ven = "vendor";
    var _vm = "vm";
    var _vu = "vulnerabilities";
    var _w = "weekly";
    var _wIL = "workloadInfoList";
    var n0 = "com.amazonaws.inspector2";
    var _s_registry = TypeRegistry.for(_s);
    var Inspector2ServiceException$ = [-3, _s, "Inspector2ServiceException", 0, [], []];
    _s_registry.registerError(Inspector2ServiceException$, Inspector2ServiceException);
    var n0_registry = TypeRegistry.for(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m],
      [0],
      1
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var BadRequestException$ = [
      -3,
      n0,
      _BRE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0],
      1
    ];
    n0_registry.registerError(BadRequestException$, BadRequestException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_m, _rI, _rT],
      [0, 0, 0],
      3
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m, _rAS],
      [0, [1, { [_hH]: _RA }]],
      1
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m],
      [0],
      1
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c, [_hE]: 402 },
      [_m, _rI],
      [0, 0],
      2
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c, [_hE]: 429 },
      [_m, _rAS],
      [0, [1, { [_hH]: _RA }]],
      1
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _r, _f],
      [0, 0, () => ValidationExceptionFields],
      2
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AuthorizationUrl = [0, n0, _AU, 8, 0];
    var ConnectorNextToken = [0, n0, _CNT, 8, 0];
    var GitHubAuthCode = [0, n0, _GHAC, 8, 0];
    var GitLabAccessToken = [0, n0, _GLAT, 8, 0];
    var GitLabAuthCode = [0, n0, _GLAC, 8, 0];
    var InstanceUrl = [0, n0, _IU, 8, 0];
    var Account$ = [
      3,
      n0,
      _A,
      0,
      [_aI, _st, _rS],
      [0, 0, () => ResourceStatus$],
      3
    ];
    var AccountAggregation$ = [
      3,
      n0,
      _AA,
      0,
      [_fT, _rT, _sO, _sB],
      [0, 0, 0, 0]
    ];
    var AccountAggregationResponse$ = [
      3,
      n0,
      _AAR,
      0,
      [_aI, _sC, _eAC, _fAC],
      [0, () => SeverityCounts$, 1, 1]
    ];
    var AccountState$ = [
      3,
      n0,
      _AS,
      0,
      [_aI, _sta, _rSe],
      [0, () => State$, () => ResourceState$],
      3
    ];
    var AmiAggregation$ = [
      3,
      n0,
      _AAm,
      0,
      [_a, _sO, _sB],
      [() => StringFilterList, 0, 0]
    ];
    var AmiAggregationResponse$ = [
      3,
      n0,
      _AARm,
      0,
      [_am, _aI, _cP, _cPl, _cR, _cOI, _cAI, _sC, _aIf],
      [0, 0, 0, 0, 0, 0, 0, () => SeverityCounts$, 1],
      1
    ];
    var AssociateConfigurationRequest$ = [
      3,
      n0,
      _ACR,
      0,
      [_sCA, _re],
      [0, () => CodeSecurityResource$],
      2
    ];
    var AssociateMemberRequest$ = [
      3,
      n0,
      _AMR,
      0,
      [_aI],
      [0],
      1
    ];
    var AssociateMemberResponse$ = [
      3,
      n0,
      _AMRs,
      0,
      [_aI],
      [0],
      1
    ];
    var AtigData$ = [
      3,
      n0,
      _AD,
      0,
      [_fS, _lS, _t, _tt],
      [4, 4, 64 | 0, 64 | 0]
    ];
    var AutoEnable$ = [
      3,
      n0,
      _AE,
      0,
      [_ec, _ecr, _l, _lC, _cRo],
      [2, 2, 2, 2, 2],
      2
    ];
    var AwsConfigConnectorArnFilter$ = [
      3,
      n0,
      _ACCAF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var AwsEc2InstanceDetails$ = [
      3,
      n0,
      _AEID,
      0,
      [_ty, _iI, _iVA, _iVAp, _kN, _iIPA, _vI, _sI, _lA, _p],
      [0, 0, 64 | 0, 64 | 0, 0, 0, 0, 0, 4, 0]
    ];
    var AwsEcrContainerAggregation$ = [
      3,
      n0,
      _AECA,
      0,
      [_rIe, _iS, _rep, _ar, _iT, _sO, _sB, _lIUA, _iUC],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0, () => DateFilterList, () => NumberFilterList]
    ];
    var AwsEcrContainerAggregationResponse$ = [
      3,
      n0,
      _AECAR,
      0,
      [_rI, _iSm, _repo, _arc, _iT, _aI, _sC, _lIUA, _iUC],
      [0, 0, 0, 0, 64 | 0, 0, () => SeverityCounts$, 4, 1],
      1
    ];
    var AwsEcrContainerImageDetails$ = [
      3,
      n0,
      _AECID,
      0,
      [_rN, _iH, _reg, _iT, _pA, _au, _arc, _p, _lIUA, _iUC],
      [0, 0, 0, 64 | 0, 4, 0, 0, 0, 4, 1],
      3
    ];
    var AwsEcsMetadataDetails$ = [
      3,
      n0,
      _AEMD,
      0,
      [_dG, _tDA],
      [0, 0],
      2
    ];
    var AwsEksMetadataDetails$ = [
      3,
      n0,
      _AEMDw,
      0,
      [_n, _wIL],
      [0, () => AwsEksWorkloadInfoList]
    ];
    var AwsEksWorkloadInfo$ = [
      3,
      n0,
      _AEWI,
      0,
      [_na, _ty],
      [0, 0],
      2
    ];
    var AwsLambdaFunctionDetails$ = [
      3,
      n0,
      _ALFD,
      0,
      [_fN, _ru, _cS, _ve, _eRA, _la, _vC, _pT, _ar, _lMA],
      [0, 0, 0, 0, 0, 64 | 0, () => LambdaVpcConfig$, 0, 64 | 0, 4],
      5
    ];
    var AzureProviderDetailCreate$ = [
      3,
      n0,
      _APDC,
      0,
      [_aCCA, _sCc, _aR, _aIVMS],
      [0, () => AzureScopeConfigurationInput$, 64 | 0, 2],
      3
    ];
    var AzureProviderDetailUpdate$ = [
      3,
      n0,
      _APDU,
      0,
      [_aR, _sCc, _aIVMS],
      [64 | 0, () => AzureScopeConfigurationInput$, 2]
    ];
    var AzureScopeConfiguration$ = [
      3,
      n0,
      _ASC,
      0,
      [_vS, _cIS, _sS],
      [() => ScopeConfiguration$, () => ScopeConfiguration$, () => ScopeConfiguration$]
    ];
    var AzureScopeConfigurationInput$ = [
      3,
      n0,
      _ASCI,
      0,
      [_vS, _cIS, _sS],
      [() => ScopeConfigurationInput$, () => ScopeConfigurationInput$, () => ScopeConfigurationInput$]
    ];
    var BatchAssociateCodeSecurityScanConfigurationRequest$ = [
      3,
      n0,
      _BACSSCR,
      0,
      [_aCR],
      [() => AssociateConfigurationRequestList],
      1
    ];
    var BatchAssociateCodeSecurityScanConfigurationResponse$ = [
      3,
      n0,
      _BACSSCRa,
      0,
      [_fA, _sA],
      [() => FailedAssociationResultList, () => SuccessfulAssociationResultList]
    ];
    var BatchDisassociateCodeSecurityScanConfigurationRequest$ = [
      3,
      n0,
      _BDCSSCR,
      0,
      [_dCR],
      [() => DisassociateConfigurationRequestList],
      1
    ];
    var BatchDisassociateCodeSecurityScanConfigurationResponse$ = [
      3,
      n0,
      _BDCSSCRa,
      0,
      [_fA, _sA],
      [() => FailedAssociationResultList, () => SuccessfulAssociationResultList]
    ];
    var BatchGetAccountStatusRequest$ = [
      3,
      n0,
      _BGASR,
      0,
      [_aIc],
      [64 | 0]
    ];
    var BatchGetAccountStatusResponse$ = [
      3,
      n0,
      _BGASRa,
      0,
      [_ac, _fAa],
      [() => AccountStateList, () => FailedAccountList],
      1
    ];
    var BatchGetCodeSnippetRequest$ = [
      3,
      n0,
      _BGCSR,
      0,
      [_fAi],
      [64 | 0],
      1
    ];
    var BatchGetCodeSnippetResponse$ = [
      3,
      n0,
      _BGCSRa,
      0,
      [_cSR, _er],
      [() => CodeSnippetResultList, () => CodeSnippetErrorList]
    ];
    var BatchGetFindingDetailsRequest$ = [
      3,
      n0,
      _BGFDR,
      0,
      [_fAi],
      [64 | 0],
      1
    ];
    var BatchGetFindingDetailsResponse$ = [
      3,
      n0,
      _BGFDRa,
      0,
      [_fD, _er],
      [() => FindingDetails, () => FindingDetailsErrorList]
    ];
    var BatchGetFreeTrialInfoRequest$ = [
      3,
      n0,
      _BGFTIR,
      0,
      [_aIc],
      [64 | 0],
      1
    ];
    var BatchGetFreeTrialInfoResponse$ = [
      3,
      n0,
      _BGFTIRa,
      0,
      [_ac, _fAa],
      [() => FreeTrialAccountInfoList, () => FreeTrialInfoErrorList],
      2
    ];
    var BatchGetMemberEc2DeepInspectionStatusRequest$ = [
      3,
      n0,
      _BGMEDISR,
      0,
      [_aIc],
      [64 | 0]
    ];
    var BatchGetMemberEc2DeepInspectionStatusResponse$ = [
      3,
      n0,
      _BGMEDISRa,
      0,
      [_aIc, _fAI],
      [() => MemberAccountEc2DeepInspectionStatusStateList, () => FailedMemberAccountEc2DeepInspectionStatusStateList]
    ];
    var BatchUpdateMemberEc2DeepInspectionStatusRequest$ = [
      3,
      n0,
      _BUMEDISR,
      0,
      [_aIc],
      [() => MemberAccountEc2DeepInspectionStatusList],
      1
    ];
    var BatchUpdateMemberEc2DeepInspectionStatusResponse$ = [
      3,
      n0,
      _BUMEDISRa,
      0,
      [_aIc, _fAI],
      [() => MemberAccountEc2DeepInspectionStatusStateList, () => FailedMemberAccountEc2DeepInspectionStatusStateList]
    ];
    var CancelFindingsReportRequest$ = [
      3,
      n0,
      _CFRR,
      0,
      [_rIep],
      [0],
      1
    ];
    var CancelFindingsReportResponse$ = [
      3,
      n0,
      _CFRRa,
      0,
      [_rIep],
      [0],
      1
    ];
    var CancelSbomExportRequest$ = [
      3,
      n0,
      _CSER,
      0,
      [_rIep],
      [0],
      1
    ];
    var CancelSbomExportResponse$ = [
      3,
      n0,
      _CSERa,
      0,
      [_rIep],
      [0]
    ];
    var CisaData$ = [
      3,
      n0,
      _CD,
      0,
      [_dA, _dD, _act],
      [4, 4, 0]
    ];
    var CisCheckAggregation$ = [
      3,
      n0,
      _CCA,
      0,
      [_sAc, _cI, _ti, _cD, _le, _aI, _sCt, _p],
      [0, 0, 0, 0, 0, 0, () => StatusCounts$, 0],
      1
    ];
    var CisDateFilter$ = [
      3,
      n0,
      _CDF,
      0,
      [_eSST, _lSST],
      [4, 4]
    ];
    var CisFindingStatusFilter$ = [
      3,
      n0,
      _CFSF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CisNumberFilter$ = [
      3,
      n0,
      _CNF,
      0,
      [_uI, _lI],
      [1, 1]
    ];
    var CisResultStatusFilter$ = [
      3,
      n0,
      _CRSF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CisScan$ = [
      3,
      n0,
      _CS,
      0,
      [_sAc, _sCA, _st, _sN, _sD, _fC, _tC, _t, _sBc, _sL],
      [0, 0, 0, 0, 4, 1, 1, () => CisTargets$, 0, 0],
      2
    ];
    var CisScanConfiguration$ = [
      3,
      n0,
      _CSC,
      0,
      [_sCA, _oI, _sN, _sL, _sc, _t, _ta],
      [0, 0, 0, 0, () => Schedule$, () => CisTargets$, 128 | 0],
      1
    ];
    var CisScanResultDetails$ = [
      3,
      n0,
      _CSRD,
      0,
      [_sAc, _aI, _tRI, _p, _st, _sR, _cI, _ti, _cD, _rem, _le, _fAin],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      1
    ];
    var CisScanResultDetailsFilterCriteria$ = [
      3,
      n0,
      _CSRDFC,
      0,
      [_fSF, _cIF, _tF, _sLF, _fAF],
      [() => CisFindingStatusFilterList, () => CheckIdFilterList, () => TitleFilterList, () => CisSecurityLevelFilterList, () => CisFindingArnFilterList]
    ];
    var CisScanResultsAggregatedByChecksFilterCriteria$ = [
      3,
      n0,
      _CSRABCFC,
      0,
      [_aIF, _cIF, _tF, _pF, _fRF, _sLF],
      [() => OneAccountIdFilterList, () => CheckIdFilterList, () => TitleFilterList, () => PlatformFilterList, () => CisNumberFilterList, () => CisSecurityLevelFilterList]
    ];
    var CisScanResultsAggregatedByTargetResourceFilterCriteria$ = [
      3,
      n0,
      _CSRABTRFC,
      0,
      [_aIF, _sF, _cIF, _tRIF, _tRTF, _pF, _tSF, _tSRF, _fCF],
      [() => AccountIdFilterList, () => CisResultStatusFilterList, () => CheckIdFilterList, () => ResourceIdFilterList, () => ResourceTagFilterList, () => PlatformFilterList, () => TargetStatusFilterList, () => TargetStatusReasonFilterList, () => CisNumberFilterList]
    ];
    var CisScanStatusFilter$ = [
      3,
      n0,
      _CSSF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CisSecurityLevelFilter$ = [
      3,
      n0,
      _CSLF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CisSessionMessage$ = [
      3,
      n0,
      _CSM,
      0,
      [_rIu, _st, _cRD],
      [0, 0, 21],
      3
    ];
    var CisStringFilter$ = [
      3,
      n0,
      _CSF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CisTargetResourceAggregation$ = [
      3,
      n0,
      _CTRA,
      0,
      [_sAc, _tRI, _aI, _tRT, _sCt, _p, _tS, _tSR],
      [0, 0, 0, [2, n0, _TRT, 0, 0, 64 | 0], () => StatusCounts$, 0, 0, 0],
      1
    ];
    var CisTargets$ = [
      3,
      n0,
      _CT,
      0,
      [_aIc, _tRT],
      [64 | 0, [2, n0, _TRT, 0, 0, 64 | 0]]
    ];
    var CisTargetStatusFilter$ = [
      3,
      n0,
      _CTSF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CisTargetStatusReasonFilter$ = [
      3,
      n0,
      _CTSRF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var ClusterDetails$ = [
      3,
      n0,
      _CDl,
      0,
      [_lIU, _cM, _rUC, _sUC],
      [4, () => ClusterMetadata$, 1, 1],
      2
    ];
    var ClusterForImageFilterCriteria$ = [
      3,
      n0,
      _CFIFC,
      0,
      [_rI],
      [0],
      1
    ];
    var ClusterInformation$ = [
      3,
      n0,
      _CI,
      0,
      [_cA, _cDl],
      [0, () => ClusterDetailsList],
      1
    ];
    var CodeFilePath$ = [
      3,
      n0,
      _CFP,
      0,
      [_fNi, _fP, _sLt, _eL],
      [0, 0, 1, 1],
      4
    ];
    var CodeLine$ = [
      3,
      n0,
      _CL,
      0,
      [_con, _lN],
      [0, 1],
      2
    ];
    var CodeRepositoryAggregation$ = [
      3,
      n0,
      _CRA,
      0,
      [_pN, _pTr, _sO, _sB, _rIe],
      [() => StringFilterList, () => StringFilterList, 0, 0, () => StringFilterList]
    ];
    var CodeRepositoryAggregationResponse$ = [
      3,
      n0,
      _CRAR,
      0,
      [_pN, _pTro, _sC, _eAAFC, _fAAFC, _aI, _rI],
      [0, 0, () => SeverityCounts$, 1, 1, 0, 0],
      1
    ];
    var CodeRepositoryDetails$ = [
      3,
      n0,
      _CRD,
      0,
      [_pNr, _iA, _pTro],
      [0, 0, 0]
    ];
    var CodeRepositoryMetadata$ = [
      3,
      n0,
      _CRM,
      0,
      [_pNr, _pTro, _pTV, _iA, _lSCI, _sCca, _oDS],
      [0, 0, 0, 0, 0, () => ProjectCodeSecurityScanConfiguration$, () => CodeRepositoryOnDemandScan$],
      3
    ];
    var CodeRepositoryOnDemandScan$ = [
      3,
      n0,
      _CRODS,
      0,
      [_lSCI, _lSA, _sSc],
      [0, 4, () => ScanStatus$]
    ];
    var CodeSecurityIntegrationSummary$ = [
      3,
      n0,
      _CSIS,
      0,
      [_iA, _na, _ty, _st, _sR, _cO, _lUO, _ta],
      [0, 0, 0, 0, 0, 4, 4, 128 | 0],
      7
    ];
    var CodeSecurityScanConfiguration$ = [
      3,
      n0,
      _CSSC,
      0,
      [_rSC, _pSC, _cISC],
      [64 | 0, () => PeriodicScanConfiguration$, () => ContinuousIntegrationScanConfiguration$],
      1
    ];
    var CodeSecurityScanConfigurationAssociationSummary$ = [
      3,
      n0,
      _CSSCAS,
      0,
      [_re],
      [() => CodeSecurityResource$]
    ];
    var CodeSecurityScanConfigurationSummary$ = [
      3,
      n0,
      _CSSCS,
      0,
      [_sCA, _na, _oAI, _rSC, _pSF, _fE, _cISSE, _sSco, _ta],
      [0, 0, 0, 64 | 0, 0, 0, 64 | 0, () => ScopeSettings$, 128 | 0],
      4
    ];
    var CodeSnippetError$ = [
      3,
      n0,
      _CSE,
      0,
      [_fAin, _eC, _eM],
      [0, 0, 0],
      3
    ];
    var CodeSnippetResult$ = [
      3,
      n0,
      _CSR,
      0,
      [_fAin, _sLt, _eL, _cSo, _sFu],
      [0, 1, 1, () => CodeLineList, () => SuggestedFixes]
    ];
    var CodeVulnerabilityDetails$ = [
      3,
      n0,
      _CVD,
      0,
      [_fP, _dI, _dN, _cw, _dT, _rU, _rIu, _sLLA],
      [() => CodeFilePath$, 0, 0, 64 | 0, 64 | 0, 64 | 0, 0, 0],
      4
    ];
    var ComputePlatform$ = [
      3,
      n0,
      _CP,
      0,
      [_ven, _pr, _ve],
      [0, 0, 0]
    ];
    var Connector$ = [
      3,
      n0,
      _C,
      0,
      [_cAo, _pro, _cAr, _uA, _na, _d, _eS, _eSR, _h, _aR, _aCCA, _sCc, _ta, _aIVMS],
      [0, 0, 5, 5, 0, 0, 0, 0, () => ConnectorHealth$, 64 | 0, 0, () => AzureScopeConfiguration$, 128 | 0, 2],
      4
    ];
    var ConnectorArnFilter$ = [
      3,
      n0,
      _CAF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var ConnectorContainerImageScanConfiguration$ = [
      3,
      n0,
      _CCISC,
      0,
      [_pD, _pDu],
      [0, 0]
    ];
    var ConnectorFilterCriteria$ = [
      3,
      n0,
      _CFC,
      0,
      [_cAon, _ac, _aCCAw, _cT, _pro],
      [() => ConnectorArnFilterList, () => StringFilterList, () => AwsConfigConnectorArnFilterList, () => ConnectorTypeFilterList, () => ProviderFilterList]
    ];
    var ConnectorHealth$ = [
      3,
      n0,
      _CH,
      0,
      [_cSon, _lCA, _m],
      [0, 5, 0],
      2
    ];
    var ConnectorScanConfiguration$ = [
      3,
      n0,
      _CSCo,
      0,
      [_cIS],
      [() => ConnectorContainerImageScanConfiguration$]
    ];
    var ConnectorScanConfigurationItem$ = [
      3,
      n0,
      _CSCI,
      0,
      [_aCCA, _cAon, _sCca],
      [0, 64 | 0, () => ConnectorScanConfiguration$],
      3
    ];
    var ConnectorTypeFilter$ = [
      3,
      n0,
      _CTF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var ContainerImageAggregation$ = [
      3,
      n0,
      _CIA,
      0,
      [_rIe, _iD, _rep, _regi, _ar, _iT, _cPlo, _cPlou, _cRl, _cOIl, _cAIl, _lIUA, _iUC, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => NumberFilterList, 0, 0]
    ];
    var ContainerImageAggregationResponse$ = [
      3,
      n0,
      _CIAR,
      0,
      [_rI, _cP, _cAI, _cPl, _cR, _cOI, _iDm, _repo, _reg, _arc, _iT, _aI, _sC, _lIUA, _iUC, _eAAFC, _fAAFC],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 0, () => SeverityCounts$, 4, 1, 1, 1],
      1
    ];
    var ContainerImageMetadata$ = [
      3,
      n0,
      _CIM,
      0,
      [_iT, _iPA, _lIUA, _iUC],
      [64 | 0, 4, 4, 1]
    ];
    var ContainerRegistryMetadata$ = [
      3,
      n0,
      _CRMo,
      0,
      [_na],
      [0]
    ];
    var ContainerRepositoryMetadata$ = [
      3,
      n0,
      _CRMon,
      0,
      [_na, _sFc],
      [0, 0]
    ];
    var ContinuousIntegrationScanConfiguration$ = [
      3,
      n0,
      _CISC,
      0,
      [_sE],
      [64 | 0],
      1
    ];
    var Counts$ = [
      3,
      n0,
      _Co,
      0,
      [_cou, _gK],
      [1, 0]
    ];
    var CoverageDateFilter$ = [
      3,
      n0,
      _CDFo,
      0,
      [_sIt, _eI],
      [4, 4]
    ];
    var CoverageFilterCriteria$ = [
      3,
      n0,
      _CFCo,
      0,
      [_sSC, _sSR, _aI, _rI, _rT, _sT, _eRN, _eIT, _eITc, _lFN, _lFT, _lFR, _lSAa, _sM, _iPA, _eILIUA, _eIIUC, _cRPN, _cRPT, _cRPTV, _lSCI, _cP, _cPAI, _cPR, _cVIT, _cCIT, _cCRN, _cCRNl, _cSFN, _cSFR, _cSFT, _cPOI],
      [() => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList, () => CoverageDateFilterList, () => CoverageStringFilterList, () => CoverageDateFilterList, () => CoverageDateFilterList, () => CoverageNumberFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageStringFilterList, () => CoverageMapFilterList, () => CoverageStringFilterList]
    ];
    var CoverageMapFilter$ = [
      3,
      n0,
      _CMF,
      0,
      [_co, _k, _v],
      [0, 0, 0],
      2
    ];
    var CoverageNumberFilter$ = [
      3,
      n0,
      _CNFo,
      0,
      [_uI, _lI],
      [1, 1]
    ];
    var CoverageStringFilter$ = [
      3,
      n0,
      _CSFo,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var CoveredResource$ = [
      3,
      n0,
      _CR,
      0,
      [_rT, _rI, _aI, _sT, _sSc, _rM, _lSAa, _sM, _pro, _pAI, _pOI, _pR, _pP],
      [0, 0, 0, 0, () => ScanStatus$, () => ResourceScanMetadata$, 4, 0, 0, 0, 0, 0, 0],
      4
    ];
    var CreateCisScanConfigurationRequest$ = [
      3,
      n0,
      _CCSCR,
      0,
      [_sN, _sL, _sc, _t, _ta],
      [0, 0, () => Schedule$, () => CreateCisTargets$, 128 | 0],
      4
    ];
    var CreateCisScanConfigurationResponse$ = [
      3,
      n0,
      _CCSCRr,
      0,
      [_sCA],
      [0]
    ];
    var CreateCisTargets$ = [
      3,
      n0,
      _CCT,
      0,
      [_aIc, _tRT],
      [64 | 0, [2, n0, _TRT, 0, 0, 64 | 0]],
      2
    ];
    var CreateCodeSecurityIntegrationRequest$ = [
      3,
      n0,
      _CCSIR,
      0,
      [_na, _ty, _de, _ta],
      [0, 0, [() => CreateIntegrationDetail$, 0], 128 | 0],
      2
    ];
    var CreateCodeSecurityIntegrationResponse$ = [
      3,
      n0,
      _CCSIRr,
      0,
      [_iA, _st, _aU],
      [0, 0, [() => AuthorizationUrl, 0]],
      2
    ];
    var CreateCodeSecurityScanConfigurationRequest$ = [
      3,
      n0,
      _CCSSCR,
      0,
      [_na, _le, _conf, _sSco, _ta],
      [0, 0, () => CodeSecurityScanConfiguration$, () => ScopeSettings$, 128 | 0],
      3
    ];
    var CreateCodeSecurityScanConfigurationResponse$ = [
      3,
      n0,
      _CCSSCRr,
      0,
      [_sCA],
      [0],
      1
    ];
    var CreateConnectorRequest$ = [
      3,
      n0,
      _CCR,
      0,
      [_na, _pro, _pDr, _cTl, _d, _ta],
      [0, 0, () => ProviderDetailCreate$, [0, 4], 0, 128 | 0],
      3
    ];
    var CreateConnectorResponse$ = [
      3,
      n0,
      _CCRr,
      0,
      [_cAo],
      [0],
      1
    ];
    var CreateFilterRequest$ = [
      3,
      n0,
      _CFR,
      0,
      [_act, _fCi, _na, _d, _ta, _r],
      [0, () => FilterCriteria$, 0, 0, 128 | 0, 0],
      3
    ];
    var CreateFilterResponse$ = [
      3,
      n0,
      _CFRr,
      0,
      [_arn],
      [0],
      1
    ];
    var CreateFindingsReportRequest$ = [
      3,
      n0,
      _CFRRr,
      0,
      [_rF, _sDe, _fCi],
      [0, () => Destination$, () => FilterCriteria$],
      2
    ];
    var CreateFindingsReportResponse$ = [
      3,
      n0,
      _CFRRre,
      0,
      [_rIep],
      [0]
    ];
    var CreateGitLabSelfManagedIntegrationDetail$ = [
      3,
      n0,
      _CGLSMID,
      0,
      [_iU, _aT],
      [[() => InstanceUrl, 0], [() => GitLabAccessToken, 0]],
      2
    ];
    var CreateSbomExportRequest$ = [
      3,
      n0,
      _CSERr,
      0,
      [_rF, _sDe, _rFC],
      [0, () => Destination$, () => ResourceFilterCriteria$],
      2
    ];
    var CreateSbomExportResponse$ = [
      3,
      n0,
      _CSERre,
      0,
      [_rIep],
      [0]
    ];
    var Cvss2$ = [
      3,
      n0,
      _Cv,
      0,
      [_bS, _sV],
      [1, 0]
    ];
    var Cvss3$ = [
      3,
      n0,
      _Cvs,
      0,
      [_bS, _sV],
      [1, 0]
    ];
    var Cvss4$ = [
      3,
      n0,
      _Cvss,
      0,
      [_bS, _sV],
      [1, 0]
    ];
    var CvssScore$ = [
      3,
      n0,
      _CSv,
      0,
      [_bS, _sV, _ve, _so],
      [1, 0, 0, 0],
      4
    ];
    var CvssScoreAdjustment$ = [
      3,
      n0,
      _CSA,
      0,
      [_me, _r],
      [0, 0],
      2
    ];
    var CvssScoreDetails$ = [
      3,
      n0,
      _CSD,
      0,
      [_sScor, _ve, _sco, _sV, _cSv, _ad],
      [0, 0, 1, 0, 0, () => CvssScoreAdjustmentList],
      4
    ];
    var DailySchedule$ = [
      3,
      n0,
      _DS,
      0,
      [_sTt],
      [() => Time$],
      1
    ];
    var DateFilter$ = [
      3,
      n0,
      _DF,
      0,
      [_sIt, _eI],
      [4, 4]
    ];
    var DelegatedAdmin$ = [
      3,
      n0,
      _DA,
      0,
      [_aI, _rSel],
      [0, 0]
    ];
    var DelegatedAdminAccount$ = [
      3,
      n0,
      _DAA,
      0,
      [_aI, _st],
      [0, 0]
    ];
    var DeleteCisScanConfigurationRequest$ = [
      3,
      n0,
      _DCSCR,
      0,
      [_sCA],
      [0],
      1
    ];
    var DeleteCisScanConfigurationResponse$ = [
      3,
      n0,
      _DCSCRe,
      0,
      [_sCA],
      [0],
      1
    ];
    var DeleteCodeSecurityIntegrationRequest$ = [
      3,
      n0,
      _DCSIR,
      0,
      [_iA],
      [0],
      1
    ];
    var DeleteCodeSecurityIntegrationResponse$ = [
      3,
      n0,
      _DCSIRe,
      0,
      [_iA],
      [0]
    ];
    var DeleteCodeSecurityScanConfigurationRequest$ = [
      3,
      n0,
      _DCSSCR,
      0,
      [_sCA],
      [0],
      1
    ];
    var DeleteCodeSecurityScanConfigurationResponse$ = [
      3,
      n0,
      _DCSSCRe,
      0,
      [_sCA],
      [0]
    ];
    var DeleteConnectorRequest$ = [
      3,
      n0,
      _DCR,
      0,
      [_cAo],
      [0],
      1
    ];
    var DeleteConnectorResponse$ = [
      3,
      n0,
      _DCRe,
      0,
      [],
      []
    ];
    var DeleteFilterRequest$ = [
      3,
      n0,
      _DFR,
      0,
      [_arn],
      [0],
      1
    ];
    var DeleteFilterResponse$ = [
      3,
      n0,
      _DFRe,
      0,
      [_arn],
      [0],
      1
    ];
    var DescribeOrganizationConfigurationRequest$ = [
      3,
      n0,
      _DOCR,
      0,
      [],
      []
    ];
    var DescribeOrganizationConfigurationResponse$ = [
      3,
      n0,
      _DOCRe,
      0,
      [_aE, _mALR],
      [() => AutoEnable$, 2]
    ];
    var Destination$ = [
      3,
      n0,
      _D,
      0,
      [_bN, _kKA, _kP],
      [0, 0, 0],
      2
    ];
    var DisableDelegatedAdminAccountRequest$ = [
      3,
      n0,
      _DDAAR,
      0,
      [_dAAI],
      [0],
      1
    ];
    var DisableDelegatedAdminAccountResponse$ = [
      3,
      n0,
      _DDAARi,
      0,
      [_dAAI],
      [0],
      1
    ];
    var DisableRequest$ = [
      3,
      n0,
      _DR,
      0,
      [_aIc, _rTe],
      [64 | 0, 64 | 0]
    ];
    var DisableResponse$ = [
      3,
      n0,
      _DRi,
      0,
      [_ac, _fAa],
      [() => AccountList, () => FailedAccountList],
      1
    ];
    var DisassociateConfigurationRequest$ = [
      3,
      n0,
      _DCRi,
      0,
      [_sCA, _re],
      [0, () => CodeSecurityResource$],
      2
    ];
    var DisassociateMemberRequest$ = [
      3,
      n0,
      _DMR,
      0,
      [_aI],
      [0],
      1
    ];
    var DisassociateMemberResponse$ = [
      3,
      n0,
      _DMRi,
      0,
      [_aI],
      [0],
      1
    ];
    var Ec2Configuration$ = [
      3,
      n0,
      _EC,
      0,
      [_sM, _aVMS],
      [0, 2],
      1
    ];
    var Ec2ConfigurationState$ = [
      3,
      n0,
      _ECS,
      0,
      [_sMS, _vSS],
      [() => Ec2ScanModeState$, () => VMScannerState$]
    ];
    var Ec2InstanceAggregation$ = [
      3,
      n0,
      _EIA,
      0,
      [_a, _oS, _iIn, _iTn, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, 0, 0]
    ];
    var Ec2InstanceAggregationResponse$ = [
      3,
      n0,
      _EIAR,
      0,
      [_iIns, _am, _oSp, _iTn, _aI, _sC, _nF],
      [0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 1],
      1
    ];
    var Ec2Metadata$ = [
      3,
      n0,
      _EM,
      0,
      [_ta, _aIm, _p],
      [128 | 0, 0, 0]
    ];
    var Ec2ScanModeState$ = [
      3,
      n0,
      _ESMS,
      0,
      [_sM, _sMSc],
      [0, 0]
    ];
    var EcrConfiguration$ = [
      3,
      n0,
      _ECc,
      0,
      [_rD, _pDRD, _pDRM],
      [0, 0, 0],
      1
    ];
    var EcrConfigurationState$ = [
      3,
      n0,
      _ECSc,
      0,
      [_rDS],
      [() => EcrRescanDurationState$]
    ];
    var EcrContainerImageMetadata$ = [
      3,
      n0,
      _ECIM,
      0,
      [_ta, _iPA, _lIUA, _iUC],
      [64 | 0, 4, 4, 1]
    ];
    var EcrRepositoryMetadata$ = [
      3,
      n0,
      _ERM,
      0,
      [_na, _sFc],
      [0, 0]
    ];
    var EcrRescanDurationState$ = [
      3,
      n0,
      _ERDS,
      0,
      [_rD, _st, _uA, _pDRD, _pDRM],
      [0, 0, 4, 0, 0]
    ];
    var EnableDelegatedAdminAccountRequest$ = [
      3,
      n0,
      _EDAAR,
      0,
      [_dAAI, _cTl],
      [0, [0, 4]],
      1
    ];
    var EnableDelegatedAdminAccountResponse$ = [
      3,
      n0,
      _EDAARn,
      0,
      [_dAAI],
      [0],
      1
    ];
    var EnableRequest$ = [
      3,
      n0,
      _ER,
      0,
      [_rTe, _aIc, _cTl],
      [64 | 0, 64 | 0, [0, 4]],
      1
    ];
    var EnableResponse$ = [
      3,
      n0,
      _ERn,
      0,
      [_ac, _fAa],
      [() => AccountList, () => FailedAccountList],
      1
    ];
    var Epss$ = [
      3,
      n0,
      _E,
      0,
      [_sco],
      [1]
    ];
    var EpssDetails$ = [
      3,
      n0,
      _ED,
      0,
      [_sco],
      [1]
    ];
    var Evidence$ = [
      3,
      n0,
      _Ev,
      0,
      [_eR, _eD, _sev],
      [0, 0, 0]
    ];
    var ExploitabilityDetails$ = [
      3,
      n0,
      _EDx,
      0,
      [_lKEA],
      [4]
    ];
    var ExploitObserved$ = [
      3,
      n0,
      _EO,
      0,
      [_lS, _fS],
      [4, 4]
    ];
    var FailedAccount$ = [
      3,
      n0,
      _FA,
      0,
      [_aI, _eC, _eM, _st, _rS],
      [0, 0, 0, 0, () => ResourceStatus$],
      3
    ];
    var FailedAssociationResult$ = [
      3,
      n0,
      _FAR,
      0,
      [_sCA, _re, _sCta, _sMt],
      [0, () => CodeSecurityResource$, 0, 0]
    ];
    var FailedMemberAccountEc2DeepInspectionStatusState$ = [
      3,
      n0,
      _FMAEDISS,
      0,
      [_aI, _eSS, _eM],
      [0, 0, 0],
      1
    ];
    var Filter$ = [
      3,
      n0,
      _F,
      0,
      [_arn, _oI, _na, _cr, _act, _cAr, _uA, _d, _r, _ta],
      [0, 0, 0, () => FilterCriteria$, 0, 4, 4, 0, 0, 128 | 0],
      7
    ];
    var FilterCriteria$ = [
      3,
      n0,
      _FC,
      0,
      [_fAin, _aAI, _fT, _sev, _fOA, _lOA, _uA, _fSi, _ti, _iSn, _rT, _rI, _rTes, _eIII, _eIVI, _eISI, _eIPA, _eIA, _eIR, _eIRN, _eIT, _eIH, _eILIUA, _eIIUC, _pRo, _nP, _cIo, _cTo, _vIu, _vSu, _vSe, _vP, _rV, _fAix, _lFN, _lFL, _lFR, _lFLMA, _lFERA, _eA, _cVDN, _cVDT, _cVFP, _eSp, _cRPN, _cRPT, _cP, _cPR, _cPAI, _cPOI, _cVIR, _cVNI, _cVSI, _cIRN, _cIR, _cID, _cIT, _cIPA, _cIA, _cILIUA, _cIIUC, _cSFN, _cSFR, _cSFLMA, _cSFER],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => DateFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => NumberFilterList, () => PortRangeFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => PackageFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => DateFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList]
    ];
    var Finding$ = [
      3,
      n0,
      _Fi,
      0,
      [_fAin, _aAI, _ty, _d, _rem, _sev, _fOA, _lOA, _st, _res, _ti, _uA, _iSn, _iSD, _nRD, _pVD, _fAix, _eA, _eDx, _cVD, _ep],
      [0, 0, 0, 0, () => Remediation$, 0, 4, 4, 0, () => ResourceList, 0, 4, 1, () => InspectorScoreDetails$, () => NetworkReachabilityDetails$, () => PackageVulnerabilityDetails$, 0, 0, () => ExploitabilityDetails$, () => CodeVulnerabilityDetails$, () => EpssDetails$],
      10
    ];
    var FindingDetail$ = [
      3,
      n0,
      _FD,
      0,
      [_fAin, _cDi, _rSi, _ev, _tt, _to, _eO, _rU, _cw, _eSp],
      [0, () => CisaData$, 1, () => EvidenceList, 64 | 0, 64 | 0, () => ExploitObserved$, 64 | 0, 64 | 0, 1]
    ];
    var FindingDetailsError$ = [
      3,
      n0,
      _FDE,
      0,
      [_fAin, _eC, _eM],
      [0, 0, 0],
      3
    ];
    var FindingTypeAggregation$ = [
      3,
      n0,
      _FTA,
      0,
      [_fT, _rT, _sO, _sB],
      [0, 0, 0, 0]
    ];
    var FindingTypeAggregationResponse$ = [
      3,
      n0,
      _FTAR,
      0,
      [_aI, _sC, _eAC, _fAC, _cP, _cAI, _cOI, _cR, _cPl],
      [0, () => SeverityCounts$, 1, 1, 0, 0, 0, 0, 0]
    ];
    var FreeTrialAccountInfo$ = [
      3,
      n0,
      _FTAI,
      0,
      [_aI, _fTI],
      [0, () => FreeTrialInfoList],
      2
    ];
    var FreeTrialInfo$ = [
      3,
      n0,
      _FTI,
      0,
      [_ty, _star, _en, _st, _cP],
      [0, 4, 4, 0, 0],
      4
    ];
    var FreeTrialInfoError$ = [
      3,
      n0,
      _FTIE,
      0,
      [_aI, _cod, _m],
      [0, 0, 0],
      3
    ];
    var GetCisScanReportRequest$ = [
      3,
      n0,
      _GCSRR,
      0,
      [_sAc, _tA, _rF],
      [0, 64 | 0, 0],
      1
    ];
    var GetCisScanReportResponse$ = [
      3,
      n0,
      _GCSRRe,
      0,
      [_u, _st],
      [0, 0]
    ];
    var GetCisScanResultDetailsRequest$ = [
      3,
      n0,
      _GCSRDR,
      0,
      [_sAc, _tRI, _aI, _fCi, _sB, _sO, _nT, _mR],
      [0, 0, 0, () => CisScanResultDetailsFilterCriteria$, 0, 0, 0, 1],
      3
    ];
    var GetCisScanResultDetailsResponse$ = [
      3,
      n0,
      _GCSRDRe,
      0,
      [_sRD, _nT],
      [() => CisScanResultDetailsList, 0]
    ];
    var GetClustersForImageRequest$ = [
      3,
      n0,
      _GCFIR,
      0,
      [_fi, _mR, _nT],
      [() => ClusterForImageFilterCriteria$, 1, 0],
      1
    ];
    var GetClustersForImageResponse$ = [
      3,
      n0,
      _GCFIRe,
      0,
      [_cl, _nT],
      [() => ClusterInformationList, 0],
      1
    ];
    var GetCodeSecurityIntegrationRequest$ = [
      3,
      n0,
      _GCSIR,
      0,
      [_iA, _ta],
      [0, 128 | 0],
      1
    ];
    var GetCodeSecurityIntegrationResponse$ = [
      3,
      n0,
      _GCSIRe,
      0,
      [_iA, _na, _ty, _st, _sR, _cO, _lUO, _ta, _aU],
      [0, 0, 0, 0, 0, 4, 4, 128 | 0, [() => AuthorizationUrl, 0]],
      7
    ];
    var GetCodeSecurityScanConfigurationRequest$ = [
      3,
      n0,
      _GCSSCR,
      0,
      [_sCA],
      [0],
      1
    ];
    var GetCodeSecurityScanConfigurationResponse$ = [
      3,
      n0,
      _GCSSCRe,
      0,
      [_sCA, _na, _conf, _le, _sSco, _cAr, _lUA, _ta],
      [0, 0, () => CodeSecurityScanConfiguration$, 0, () => ScopeSettings$, 4, 4, 128 | 0]
    ];
    var GetCodeSecurityScanRequest$ = [
      3,
      n0,
      _GCSSR,
      0,
      [_re, _sIc],
      [() => CodeSecurityResource$, 0],
      2
    ];
    var GetCodeSecurityScanResponse$ = [
      3,
      n0,
      _GCSSRe,
      0,
      [_sIc, _re, _aI, _st, _sR, _cAr, _uA, _lCI],
      [0, () => CodeSecurityResource$, 0, 0, 0, 4, 4, 0]
    ];
    var GetConfigurationRequest$ = [
      3,
      n0,
      _GCR,
      0,
      [_aI],
      [0]
    ];
    var GetConfigurationResponse$ = [
      3,
      n0,
      _GCRe,
      0,
      [_eCc, _eCco],
      [() => EcrConfigurationState$, () => Ec2ConfigurationState$]
    ];
    var GetDelegatedAdminAccountRequest$ = [
      3,
      n0,
      _GDAAR,
      0,
      [],
      []
    ];
    var GetDelegatedAdminAccountResponse$ = [
      3,
      n0,
      _GDAARe,
      0,
      [_dAe],
      [() => DelegatedAdmin$]
    ];
    var GetEc2DeepInspectionConfigurationRequest$ = [
      3,
      n0,
      _GEDICR,
      0,
      [],
      []
    ];
    var GetEc2DeepInspectionConfigurationResponse$ = [
      3,
      n0,
      _GEDICRe,
      0,
      [_pPa, _oPP, _st, _eM],
      [64 | 0, 64 | 0, 0, 0]
    ];
    var GetEncryptionKeyRequest$ = [
      3,
      n0,
      _GEKR,
      0,
      [_sT, _rT],
      [[0, { [_hQ]: _sT }], [0, { [_hQ]: _rT }]],
      2
    ];
    var GetEncryptionKeyResponse$ = [
      3,
      n0,
      _GEKRe,
      0,
      [_kKI],
      [0],
      1
    ];
    var GetFindingsReportStatusRequest$ = [
      3,
      n0,
      _GFRSR,
      0,
      [_rIep],
      [0]
    ];
    var GetFindingsReportStatusResponse$ = [
      3,
      n0,
      _GFRSRe,
      0,
      [_rIep, _st, _eC, _eM, _des, _fCi],
      [0, 0, 0, 0, () => Destination$, () => FilterCriteria$]
    ];
    var GetMemberRequest$ = [
      3,
      n0,
      _GMR,
      0,
      [_aI],
      [0],
      1
    ];
    var GetMemberResponse$ = [
      3,
      n0,
      _GMRe,
      0,
      [_mem],
      [() => Member$]
    ];
    var GetSbomExportRequest$ = [
      3,
      n0,
      _GSER,
      0,
      [_rIep],
      [0],
      1
    ];
    var GetSbomExportResponse$ = [
      3,
      n0,
      _GSERe,
      0,
      [_rIep, _fo, _st, _eC, _eM, _sDe, _fCi],
      [0, 0, 0, 0, 0, () => Destination$, () => ResourceFilterCriteria$]
    ];
    var Image$ = [
      3,
      n0,
      _I,
      0,
      [_rN, _reg, _iT, _iDm, _pA, _arc, _au, _iUC, _lIUA, _p],
      [0, 0, 64 | 0, 0, 4, 0, 0, 1, 4, 0]
    ];
    var ImageLayerAggregation$ = [
      3,
      n0,
      _ILA,
      0,
      [_rep, _rIe, _lH, _cPlo, _cAIl, _cOIl, _cRl, _cPlou, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
    ];
    var ImageLayerAggregationResponse$ = [
      3,
      n0,
      _ILAR,
      0,
      [_repo, _rI, _lHa, _aI, _cP, _cAI, _cOI, _cR, _cPl, _sC],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, () => SeverityCounts$],
      4
    ];
    var InspectorScoreDetails$ = [
      3,
      n0,
      _ISD,
      0,
      [_aC],
      [() => CvssScoreDetails$]
    ];
    var LambdaFunctionAggregation$ = [
      3,
      n0,
      _LFA,
      0,
      [_rIe, _fNu, _run, _fTu, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, 0, 0]
    ];
    var LambdaFunctionAggregationResponse$ = [
      3,
      n0,
      _LFAR,
      0,
      [_rI, _fN, _ru, _lT, _aI, _sC, _lMA],
      [0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 4],
      1
    ];
    var LambdaFunctionMetadata$ = [
      3,
      n0,
      _LFM,
      0,
      [_fTu, _la, _fN, _ru],
      [128 | 0, 64 | 0, 0, 0]
    ];
    var LambdaLayerAggregation$ = [
      3,
      n0,
      _LLA,
      0,
      [_fNu, _rIe, _lAa, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
    ];
    var LambdaLayerAggregationResponse$ = [
      3,
      n0,
      _LLAR,
      0,
      [_fN, _rI, _lAay, _aI, _sC],
      [0, 0, 0, 0, () => SeverityCounts$],
      4
    ];
    var LambdaVpcConfig$ = [
      3,
      n0,
      _LVC,
      0,
      [_sIu, _sGI, _vI],
      [64 | 0, 64 | 0, 0]
    ];
    var ListAccountPermissionsRequest$ = [
      3,
      n0,
      _LAPR,
      0,
      [_ser, _mR, _nT],
      [0, 1, 0]
    ];
    var ListAccountPermissionsResponse$ = [
      3,
      n0,
      _LAPRi,
      0,
      [_pe, _nT],
      [() => Permissions, 0],
      1
    ];
    var ListCisScanConfigurationsFilterCriteria$ = [
      3,
      n0,
      _LCSCFC,
      0,
      [_sNF, _tRTF, _sCAF],
      [() => CisScanNameFilterList, () => ResourceTagFilterList, () => CisScanConfigurationArnFilterList]
    ];
    var ListCisScanConfigurationsRequest$ = [
      3,
      n0,
      _LCSCR,
      0,
      [_fCi, _sB, _sO, _nT, _mR],
      [() => ListCisScanConfigurationsFilterCriteria$, 0, 0, 0, 1]
    ];
    var ListCisScanConfigurationsResponse$ = [
      3,
      n0,
      _LCSCRi,
      0,
      [_sCcan, _nT],
      [() => CisScanConfigurationList, 0]
    ];
    var ListCisScanResultsAggregatedByChecksRequest$ = [
      3,
      n0,
      _LCSRABCR,
      0,
      [_sAc, _fCi, _sB, _sO, _nT, _mR],
      [0, () => CisScanResultsAggregatedByChecksFilterCriteria$, 0, 0, 0, 1],
      1
    ];
    var ListCisScanResultsAggregatedByChecksResponse$ = [
      3,
      n0,
      _LCSRABCRi,
      0,
      [_cAh, _nT],
      [() => CisCheckAggregationList, 0]
    ];
    var ListCisScanResultsAggregatedByTargetResourceRequest$ = [
      3,
      n0,
      _LCSRABTRR,
      0,
      [_sAc, _fCi, _sB, _sO, _nT, _mR],
      [0, () => CisScanResultsAggregatedByTargetResourceFilterCriteria$, 0, 0, 0, 1],
      1
    ];
    var ListCisScanResultsAggregatedByTargetResourceResponse$ = [
      3,
      n0,
      _LCSRABTRRi,
      0,
      [_tRA, _nT],
      [() => CisTargetResourceAggregationList, 0]
    ];
    var ListCisScansFilterCriteria$ = [
      3,
      n0,
      _LCSFC,
      0,
      [_sNF, _tRTF, _tRIF, _sSF, _sAF, _sCAF, _sAFc, _sBF, _fCF, _tAIF],
      [() => CisScanNameFilterList, () => ResourceTagFilterList, () => ResourceIdFilterList, () => CisScanStatusFilterList, () => CisScanDateFilterList, () => CisScanConfigurationArnFilterList, () => CisScanArnFilterList, () => CisScheduledByFilterList, () => CisNumberFilterList, () => AccountIdFilterList]
    ];
    var ListCisScansRequest$ = [
      3,
      n0,
      _LCSR,
      0,
      [_fCi, _dL, _sB, _sO, _nT, _mR],
      [() => ListCisScansFilterCriteria$, 0, 0, 0, 0, 1]
    ];
    var ListCisScansResponse$ = [
      3,
      n0,
      _LCSRi,
      0,
      [_sca, _nT],
      [() => CisScanList, 0]
    ];
    var ListCodeSecurityIntegrationsRequest$ = [
      3,
      n0,
      _LCSIR,
      0,
      [_nT, _mR],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListCodeSecurityIntegrationsResponse$ = [
      3,
      n0,
      _LCSIRi,
      0,
      [_i, _nT],
      [() => IntegrationSummaries, 0]
    ];
    var ListCodeSecurityScanConfigurationAssociationsRequest$ = [
      3,
      n0,
      _LCSSCAR,
      0,
      [_sCA, _nT, _mR],
      [0, [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListCodeSecurityScanConfigurationAssociationsResponse$ = [
      3,
      n0,
      _LCSSCARi,
      0,
      [_as, _nT],
      [() => CodeSecurityScanConfigurationAssociationSummaries, 0]
    ];
    var ListCodeSecurityScanConfigurationsRequest$ = [
      3,
      n0,
      _LCSSCR,
      0,
      [_nT, _mR],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListCodeSecurityScanConfigurationsResponse$ = [
      3,
      n0,
      _LCSSCRi,
      0,
      [_confi, _nT],
      [() => CodeSecurityScanConfigurationSummaries, 0]
    ];
    var ListConnectorScanConfigurationsRequest$ = [
      3,
      n0,
      _LCSCRis,
      0,
      [_aCCAw, _mR, _nT],
      [64 | 0, 1, [() => ConnectorNextToken, 0]]
    ];
    var ListConnectorScanConfigurationsResponse$ = [
      3,
      n0,
      _LCSCRist,
      0,
      [_sCcan, _nT],
      [() => ConnectorScanConfigurationItemList, [() => ConnectorNextToken, 0]],
      1
    ];
    var ListConnectorsRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_mR, _nT, _fCi],
      [1, [() => ConnectorNextToken, 0], () => ConnectorFilterCriteria$]
    ];
    var ListConnectorsResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_it, _nT],
      [() => ConnectorList, [() => ConnectorNextToken, 0]],
      1
    ];
    var ListCoverageRequest$ = [
      3,
      n0,
      _LCRis,
      0,
      [_mR, _nT, _fCi],
      [1, 0, () => CoverageFilterCriteria$]
    ];
    var ListCoverageResponse$ = [
      3,
      n0,
      _LCRist,
      0,
      [_nT, _cRov],
      [0, () => CoveredResources]
    ];
    var ListCoverageStatisticsRequest$ = [
      3,
      n0,
      _LCSRis,
      0,
      [_fCi, _gB, _nT],
      [() => CoverageFilterCriteria$, 0, 0]
    ];
    var ListCoverageStatisticsResponse$ = [
      3,
      n0,
      _LCSRist,
      0,
      [_tCo, _cBG, _nT],
      [1, () => CountsList, 0],
      1
    ];
    var ListDelegatedAdminAccountsRequest$ = [
      3,
      n0,
      _LDAAR,
      0,
      [_mR, _nT],
      [1, 0]
    ];
    var ListDelegatedAdminAccountsResponse$ = [
      3,
      n0,
      _LDAARi,
      0,
      [_dAA, _nT],
      [() => DelegatedAdminAccountList, 0]
    ];
    var ListFiltersRequest$ = [
      3,
      n0,
      _LFR,
      0,
      [_arns, _act, _nT, _mR],
      [64 | 0, 0, 0, 1]
    ];
    var ListFiltersResponse$ = [
      3,
      n0,
      _LFRi,
      0,
      [_fil, _nT],
      [() => FilterList, 0],
      1
    ];
    var ListFindingAggregationsRequest$ = [
      3,
      n0,
      _LFARi,
      0,
      [_aTg, _nT, _mR, _aIc, _aRg],
      [0, 0, 1, () => StringFilterList, () => AggregationRequest$],
      1
    ];
    var ListFindingAggregationsResponse$ = [
      3,
      n0,
      _LFARis,
      0,
      [_aTg, _resp, _nT],
      [0, () => AggregationResponseList, 0],
      1
    ];
    var ListFindingsRequest$ = [
      3,
      n0,
      _LFRis,
      0,
      [_mR, _nT, _fCi, _sCo],
      [1, 0, () => FilterCriteria$, () => SortCriteria$]
    ];
    var ListFindingsResponse$ = [
      3,
      n0,
      _LFRist,
      0,
      [_nT, _fin],
      [0, () => FindingList]
    ];
    var ListMembersRequest$ = [
      3,
      n0,
      _LMR,
      0,
      [_oA, _mR, _nT],
      [2, 1, 0]
    ];
    var ListMembersResponse$ = [
      3,
      n0,
      _LMRi,
      0,
      [_memb, _nT],
      [() => MemberList, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [[0, 1]],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_ta],
      [128 | 0]
    ];
    var ListUsageTotalsRequest$ = [
      3,
      n0,
      _LUTR,
      0,
      [_mR, _nT, _aIc],
      [1, 0, 64 | 0]
    ];
    var ListUsageTotalsResponse$ = [
      3,
      n0,
      _LUTRi,
      0,
      [_nT, _tot],
      [0, () => UsageTotalList]
    ];
    var MapFilter$ = [
      3,
      n0,
      _MF,
      0,
      [_co, _k, _v],
      [0, 0, 0],
      2
    ];
    var Member$ = [
      3,
      n0,
      _M,
      0,
      [_aI, _rSel, _dAAI, _uA],
      [0, 0, 0, 4]
    ];
    var MemberAccountEc2DeepInspectionStatus$ = [
      3,
      n0,
      _MAEDIS,
      0,
      [_aI, _aDI],
      [0, 2],
      2
    ];
    var MemberAccountEc2DeepInspectionStatusState$ = [
      3,
      n0,
      _MAEDISS,
      0,
      [_aI, _st, _eM],
      [0, 0, 0],
      1
    ];
    var MonthlySchedule$ = [
      3,
      n0,
      _MS,
      0,
      [_sTt, _da],
      [() => Time$, 0],
      2
    ];
    var NetworkPath$ = [
      3,
      n0,
      _NP,
      0,
      [_ste],
      [() => StepList]
    ];
    var NetworkReachabilityDetails$ = [
      3,
      n0,
      _NRD,
      0,
      [_oPR, _prot, _nPe],
      [() => PortRange$, 0, () => NetworkPath$],
      3
    ];
    var NumberFilter$ = [
      3,
      n0,
      _NF,
      0,
      [_uI, _lI],
      [1, 1]
    ];
    var OneTimeSchedule$ = [
      3,
      n0,
      _OTS,
      0,
      [],
      []
    ];
    var PackageAggregation$ = [
      3,
      n0,
      _PA,
      0,
      [_pNa, _sO, _sB],
      [() => StringFilterList, 0, 0]
    ];
    var PackageAggregationResponse$ = [
      3,
      n0,
      _PAR,
      0,
      [_pNac, _aI, _sC],
      [0, 0, () => SeverityCounts$],
      1
    ];
    var PackageFilter$ = [
      3,
      n0,
      _PF,
      0,
      [_na, _ve, _epo, _rel, _arc, _sLH, _sLLA, _fP],
      [() => StringFilter$, () => StringFilter$, () => NumberFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$, () => StringFilter$]
    ];
    var PackageVulnerabilityDetails$ = [
      3,
      n0,
      _PVD,
      0,
      [_vIu, _so, _vP, _cv, _rV, _sU, _vSe, _vCA, _vUA, _rU],
      [0, 0, () => VulnerablePackageList, () => CvssScoreList, 64 | 0, 0, 0, 4, 4, 64 | 0],
      2
    ];
    var PeriodicScanConfiguration$ = [
      3,
      n0,
      _PSC,
      0,
      [_fr, _fE],
      [0, 0]
    ];
    var Permission$ = [
      3,
      n0,
      _P,
      0,
      [_ser, _o],
      [0, 0],
      2
    ];
    var PortRange$ = [
      3,
      n0,
      _PR,
      0,
      [_b, _en],
      [1, 1],
      2
    ];
    var PortRangeFilter$ = [
      3,
      n0,
      _PRF,
      0,
      [_bI, _eI],
      [1, 1]
    ];
    var ProjectCodeSecurityScanConfiguration$ = [
      3,
      n0,
      _PCSSC,
      0,
      [_pSCe, _cISCo],
      [() => ProjectPeriodicScanConfigurationList, () => ProjectContinuousIntegrationScanConfigurationList]
    ];
    var ProjectContinuousIntegrationScanConfiguration$ = [
      3,
      n0,
      _PCISC,
      0,
      [_sEu, _rSC],
      [0, 64 | 0]
    ];
    var ProjectPeriodicScanConfiguration$ = [
      3,
      n0,
      _PPSC,
      0,
      [_fE, _rSC],
      [0, 64 | 0]
    ];
    var ProviderFilter$ = [
      3,
      n0,
      _PFr,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var Recommendation$ = [
      3,
      n0,
      _R,
      0,
      [_te, _U],
      [0, 0]
    ];
    var Remediation$ = [
      3,
      n0,
      _Re,
      0,
      [_rec],
      [() => Recommendation$]
    ];
    var RepositoryAggregation$ = [
      3,
      n0,
      _RAe,
      0,
      [_rep, _sO, _sB],
      [() => StringFilterList, 0, 0]
    ];
    var RepositoryAggregationResponse$ = [
      3,
      n0,
      _RAR,
      0,
      [_repo, _aI, _cP, _cPl, _cR, _cOI, _cAI, _sC, _aIff],
      [0, 0, 0, 0, 0, 0, 0, () => SeverityCounts$, 1],
      1
    ];
    var ResetEncryptionKeyRequest$ = [
      3,
      n0,
      _REKR,
      0,
      [_sT, _rT],
      [0, 0],
      2
    ];
    var ResetEncryptionKeyResponse$ = [
      3,
      n0,
      _REKRe,
      0,
      [],
      []
    ];
    var Resource$ = [
      3,
      n0,
      _Res,
      0,
      [_ty, _id, _pa, _regio, _ta, _de, _pro, _pAI, _pOI],
      [0, 0, 0, 0, 128 | 0, () => ResourceDetails$, 0, 0, 0],
      2
    ];
    var ResourceDetails$ = [
      3,
      n0,
      _RD,
      0,
      [_aEI, _aECI, _aLF, _cRo, _vm, _im, _sFe],
      [() => AwsEc2InstanceDetails$, () => AwsEcrContainerImageDetails$, () => AwsLambdaFunctionDetails$, () => CodeRepositoryDetails$, () => Vm$, () => Image$, () => ServerlessFunction$]
    ];
    var ResourceFilterCriteria$ = [
      3,
      n0,
      _RFC,
      0,
      [_aI, _rI, _rT, _eRN, _lFN, _eIT, _eITc, _lFT],
      [() => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceStringFilterList, () => ResourceMapFilterList, () => ResourceMapFilterList]
    ];
    var ResourceMapFilter$ = [
      3,
      n0,
      _RMF,
      0,
      [_co, _k, _v],
      [0, 0, 0],
      2
    ];
    var ResourceScanMetadata$ = [
      3,
      n0,
      _RSM,
      0,
      [_eRc, _eIc, _ec, _lF, _cRo, _vIm, _cIon, _cRon, _cRont, _sFe],
      [() => EcrRepositoryMetadata$, () => EcrContainerImageMetadata$, () => Ec2Metadata$, () => LambdaFunctionMetadata$, () => CodeRepositoryMetadata$, () => VmInstanceMetadata$, () => ContainerImageMetadata$, () => ContainerRepositoryMetadata$, () => ContainerRegistryMetadata$, () => ServerlessFunctionMetadata$]
    ];
    var ResourceState$ = [
      3,
      n0,
      _RS,
      0,
      [_ec, _ecr, _l, _lC, _cRo],
      [() => State$, () => State$, () => State$, () => State$, () => State$],
      2
    ];
    var ResourceStatus$ = [
      3,
      n0,
      _RSe,
      0,
      [_ec, _ecr, _l, _lC, _cRo],
      [0, 0, 0, 0, 0],
      2
    ];
    var ResourceStringFilter$ = [
      3,
      n0,
      _RSF,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var ScanStatus$ = [
      3,
      n0,
      _SS,
      0,
      [_sCta, _r],
      [0, 0],
      2
    ];
    var ScopeConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_sTc, _sVc, _sta, _sRt],
      [0, 64 | 0, 0, 0],
      1
    ];
    var ScopeConfigurationInput$ = [
      3,
      n0,
      _SCI,
      0,
      [_sTc, _sVc],
      [0, 64 | 0],
      1
    ];
    var ScopeSettings$ = [
      3,
      n0,
      _SSc,
      0,
      [_pSS],
      [0]
    ];
    var SearchVulnerabilitiesFilterCriteria$ = [
      3,
      n0,
      _SVFC,
      0,
      [_vIul],
      [64 | 0],
      1
    ];
    var SearchVulnerabilitiesRequest$ = [
      3,
      n0,
      _SVR,
      0,
      [_fCi, _nT],
      [() => SearchVulnerabilitiesFilterCriteria$, 0],
      1
    ];
    var SearchVulnerabilitiesResponse$ = [
      3,
      n0,
      _SVRe,
      0,
      [_vu, _nT],
      [() => Vulnerabilities, 0],
      1
    ];
    var SendCisSessionHealthRequest$ = [
      3,
      n0,
      _SCSHR,
      0,
      [_sJI, _sTe],
      [0, 0],
      2
    ];
    var SendCisSessionHealthResponse$ = [
      3,
      n0,
      _SCSHRe,
      0,
      [],
      []
    ];
    var SendCisSessionTelemetryRequest$ = [
      3,
      n0,
      _SCSTR,
      0,
      [_sJI, _sTe, _mes],
      [0, 0, () => CisSessionMessages],
      3
    ];
    var SendCisSessionTelemetryResponse$ = [
      3,
      n0,
      _SCSTRe,
      0,
      [],
      []
    ];
    var ServerlessFunction$ = [
      3,
      n0,
      _SF,
      0,
      [_sFN, _ru, _ve, _cDo, _lMA, _nI, _sIu, _sGI, _eRx, _pT, _ar, _la],
      [0, 0, 0, 0, 4, 0, 64 | 0, 64 | 0, 0, 0, 64 | 0, 64 | 0]
    ];
    var ServerlessFunctionAggregation$ = [
      3,
      n0,
      _SFA,
      0,
      [_rIe, _fNu, _run, _fTu, _cPlo, _cPlou, _cRl, _cOIl, _cAIl, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
    ];
    var ServerlessFunctionAggregationResponse$ = [
      3,
      n0,
      _SFAR,
      0,
      [_rI, _cP, _cAI, _cPl, _cR, _cOI, _fN, _ru, _ta, _aI, _sC, _lMA, _eAAFC, _fAAFC],
      [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 4, 1, 1],
      1
    ];
    var ServerlessFunctionMetadata$ = [
      3,
      n0,
      _SFM,
      0,
      [_sFN, _ru, _fTu],
      [0, 0, 128 | 0]
    ];
    var SeverityCounts$ = [
      3,
      n0,
      _SCe,
      0,
      [_al, _med, _hi, _cri],
      [1, 1, 1, 1]
    ];
    var SortCriteria$ = [
      3,
      n0,
      _SCo,
      0,
      [_fie, _sO],
      [0, 0],
      2
    ];
    var StartCisSessionMessage$ = [
      3,
      n0,
      _SCSM,
      0,
      [_sTe],
      [0],
      1
    ];
    var StartCisSessionRequest$ = [
      3,
      n0,
      _SCSR,
      0,
      [_sJI, _m],
      [0, () => StartCisSessionMessage$],
      2
    ];
    var StartCisSessionResponse$ = [
      3,
      n0,
      _SCSRt,
      0,
      [],
      []
    ];
    var StartCodeSecurityScanRequest$ = [
      3,
      n0,
      _SCSSR,
      0,
      [_re, _cTl],
      [() => CodeSecurityResource$, [0, 4]],
      1
    ];
    var StartCodeSecurityScanResponse$ = [
      3,
      n0,
      _SCSSRt,
      0,
      [_sIc, _st],
      [0, 0]
    ];
    var State$ = [
      3,
      n0,
      _S,
      0,
      [_st, _eC, _eM],
      [0, 0, 0],
      3
    ];
    var StatusCounts$ = [
      3,
      n0,
      _SCt,
      0,
      [_fa, _sk, _pas],
      [1, 1, 1]
    ];
    var Step$ = [
      3,
      n0,
      _St,
      0,
      [_cIo, _cTo, _cAom],
      [0, 0, 0],
      2
    ];
    var StopCisMessageProgress$ = [
      3,
      n0,
      _SCMP,
      0,
      [_tC, _sCu, _fC, _nEC, _uC, _nAC, _iC, _eCr],
      [1, 1, 1, 1, 1, 1, 1, 1]
    ];
    var StopCisSessionMessage$ = [
      3,
      n0,
      _SCSMt,
      0,
      [_st, _prog, _r, _cPo, _bV, _bP],
      [0, () => StopCisMessageProgress$, 0, () => ComputePlatform$, 0, 0],
      2
    ];
    var StopCisSessionRequest$ = [
      3,
      n0,
      _SCSRto,
      0,
      [_sJI, _sTe, _m],
      [0, 0, () => StopCisSessionMessage$],
      3
    ];
    var StopCisSessionResponse$ = [
      3,
      n0,
      _SCSRtop,
      0,
      [],
      []
    ];
    var StringFilter$ = [
      3,
      n0,
      _SFt,
      0,
      [_co, _v],
      [0, 0],
      2
    ];
    var SuccessfulAssociationResult$ = [
      3,
      n0,
      _SAR,
      0,
      [_sCA, _re],
      [0, () => CodeSecurityResource$]
    ];
    var SuggestedFix$ = [
      3,
      n0,
      _SFu,
      0,
      [_d, _cod],
      [0, 0]
    ];
    var TagFilter$ = [
      3,
      n0,
      _TF,
      0,
      [_co, _k, _v],
      [0, 0, 0],
      3
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rA, _ta],
      [[0, 1], 128 | 0],
      2
    ];
    var TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    var Time$ = [
      3,
      n0,
      _T,
      0,
      [_tOD, _tim],
      [0, 0],
      2
    ];
    var TitleAggregation$ = [
      3,
      n0,
      _TA,
      0,
      [_tit, _vIul, _rT, _fT, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, 0, 0, 0, 0]
    ];
    var TitleAggregationResponse$ = [
      3,
      n0,
      _TAR,
      0,
      [_ti, _vIu, _aI, _sC],
      [0, 0, 0, () => SeverityCounts$],
      1
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rA, _tK],
      [[0, 1], [64 | 0, { [_hQ]: _tK }]],
      2
    ];
    var UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    var UpdateCisScanConfigurationRequest$ = [
      3,
      n0,
      _UCSCR,
      0,
      [_sCA, _sN, _sL, _sc, _t],
      [0, 0, 0, () => Schedule$, () => UpdateCisTargets$],
      1
    ];
    var UpdateCisScanConfigurationResponse$ = [
      3,
      n0,
      _UCSCRp,
      0,
      [_sCA],
      [0],
      1
    ];
    var UpdateCisTargets$ = [
      3,
      n0,
      _UCT,
      0,
      [_aIc, _tRT],
      [64 | 0, [2, n0, _TRT, 0, 0, 64 | 0]]
    ];
    var UpdateCodeSecurityIntegrationRequest$ = [
      3,
      n0,
      _UCSIR,
      0,
      [_iA, _de],
      [0, [() => UpdateIntegrationDetails$, 0]],
      2
    ];
    var UpdateCodeSecurityIntegrationResponse$ = [
      3,
      n0,
      _UCSIRp,
      0,
      [_iA, _st],
      [0, 0],
      2
    ];
    var UpdateCodeSecurityScanConfigurationRequest$ = [
      3,
      n0,
      _UCSSCR,
      0,
      [_sCA, _conf],
      [0, () => CodeSecurityScanConfiguration$],
      2
    ];
    var UpdateCodeSecurityScanConfigurationResponse$ = [
      3,
      n0,
      _UCSSCRp,
      0,
      [_sCA],
      [0]
    ];
    var UpdateConfigurationInheritance$ = [
      3,
      n0,
      _UCI,
      0,
      [_eCco, _eCc],
      [0, 0]
    ];
    var UpdateConfigurationRequest$ = [
      3,
      n0,
      _UCR,
      0,
      [_aI, _eCc, _eCco, _uCI],
      [0, () => EcrConfiguration$, () => Ec2Configuration$, () => UpdateConfigurationInheritance$]
    ];
    var UpdateConfigurationResponse$ = [
      3,
      n0,
      _UCRp,
      0,
      [],
      []
    ];
    var UpdateConnectorRequest$ = [
      3,
      n0,
      _UCRpd,
      0,
      [_cAo, _d, _pDr],
      [0, 0, () => ProviderDetailUpdate$],
      1
    ];
    var UpdateConnectorResponse$ = [
      3,
      n0,
      _UCRpda,
      0,
      [_cAo],
      [0]
    ];
    var UpdateConnectorScanConfigurationRequest$ = [
      3,
      n0,
      _UCSCRpd,
      0,
      [_aCCA, _sCca],
      [0, () => ConnectorScanConfiguration$],
      2
    ];
    var UpdateConnectorScanConfigurationResponse$ = [
      3,
      n0,
      _UCSCRpda,
      0,
      [],
      []
    ];
    var UpdateEc2DeepInspectionConfigurationRequest$ = [
      3,
      n0,
      _UEDICR,
      0,
      [_aDI, _pPa],
      [2, 64 | 0]
    ];
    var UpdateEc2DeepInspectionConfigurationResponse$ = [
      3,
      n0,
      _UEDICRp,
      0,
      [_pPa, _oPP, _st, _eM],
      [64 | 0, 64 | 0, 0, 0]
    ];
    var UpdateEncryptionKeyRequest$ = [
      3,
      n0,
      _UEKR,
      0,
      [_kKI, _sT, _rT],
      [0, 0, 0],
      3
    ];
    var UpdateEncryptionKeyResponse$ = [
      3,
      n0,
      _UEKRp,
      0,
      [],
      []
    ];
    var UpdateFilterRequest$ = [
      3,
      n0,
      _UFR,
      0,
      [_fAil, _act, _d, _fCi, _na, _r],
      [0, 0, 0, () => FilterCriteria$, 0, 0],
      1
    ];
    var UpdateFilterResponse$ = [
      3,
      n0,
      _UFRp,
      0,
      [_arn],
      [0],
      1
    ];
    var UpdateGitHubIntegrationDetail$ = [
      3,
      n0,
      _UGHID,
      0,
      [_cod, _iInst],
      [[() => GitHubAuthCode, 0], 0],
      2
    ];
    var UpdateGitLabSelfManagedIntegrationDetail$ = [
      3,
      n0,
      _UGLSMID,
      0,
      [_aCu],
      [[() => GitLabAuthCode, 0]],
      1
    ];
    var UpdateOrganizationConfigurationRequest$ = [
      3,
      n0,
      _UOCR,
      0,
      [_aE],
      [() => AutoEnable$],
      1
    ];
    var UpdateOrganizationConfigurationResponse$ = [
      3,
      n0,
      _UOCRp,
      0,
      [_aE],
      [() => AutoEnable$],
      1
    ];
    var UpdateOrgEc2DeepInspectionConfigurationRequest$ = [
      3,
      n0,
      _UOEDICR,
      0,
      [_oPP],
      [64 | 0],
      1
    ];
    var UpdateOrgEc2DeepInspectionConfigurationResponse$ = [
      3,
      n0,
      _UOEDICRp,
      0,
      [],
      []
    ];
    var Usage$ = [
      3,
      n0,
      _Us,
      0,
      [_ty, _tota, _eMC, _cu, _cP],
      [0, 1, 1, 0, 0]
    ];
    var UsageTotal$ = [
      3,
      n0,
      _UT,
      0,
      [_aI, _us],
      [0, () => UsageList]
    ];
    var ValidationExceptionField$ = [
      3,
      n0,
      _VEF,
      0,
      [_na, _m],
      [0, 0],
      2
    ];
    var Vm$ = [
      3,
      n0,
      _V,
      0,
      [_ty, _vN, _vIR, _iVA, _iVAp, _nI, _sIu, _sGI, _lA, _p, _eRx, _kN],
      [0, 0, 0, 64 | 0, 64 | 0, 0, 64 | 0, 64 | 0, 4, 0, 0, 0]
    ];
    var VmInstanceAggregation$ = [
      3,
      n0,
      _VIA,
      0,
      [_rIe, _oS, _iTn, _vIRm, _cPlo, _cPlou, _cRl, _cOIl, _cAIl, _sO, _sB],
      [() => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, 0, 0]
    ];
    var VmInstanceAggregationResponse$ = [
      3,
      n0,
      _VIAR,
      0,
      [_rI, _cP, _cAI, _cPl, _cR, _cOI, _vIR, _oSp, _ta, _aI, _sC, _nF, _eAAFC, _fAAFC],
      [0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, 0, () => SeverityCounts$, 1, 1, 1],
      1
    ];
    var VmInstanceMetadata$ = [
      3,
      n0,
      _VIM,
      0,
      [_ta, _p, _iHn, _vIR],
      [128 | 0, 0, 0, 0]
    ];
    var VMScannerState$ = [
      3,
      n0,
      _VMSS,
      0,
      [_acti, _aA, _st],
      [2, 4, 0]
    ];
    var Vulnerability$ = [
      3,
      n0,
      _Vu,
      0,
      [_id, _cw, _cDi, _so, _d, _aD, _vSe, _cvs, _cvss, _rV, _cvss_, _vCA, _vUA, _sU, _rU, _eO, _dP, _ep],
      [0, 64 | 0, () => CisaData$, 0, 0, () => AtigData$, 0, () => Cvss4$, () => Cvss3$, 64 | 0, () => Cvss2$, 4, 4, 0, 64 | 0, () => ExploitObserved$, 64 | 0, () => Epss$],
      1
    ];
    var VulnerablePackage$ = [
      3,
      n0,
      _VP,
      0,
      [_na, _ve, _sLH, _epo, _rel, _arch, _pM, _fP, _fIV, _rem, _sLLA],
      [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0],
      2
    ];
    var WeeklySchedule$ = [
      3,
      n0,
      _WS,
      0,
      [_sTt, _day],
      [() => Time$, 64 | 0],
      2
    ];
    var AccountIdFilterList = [
      1,
      n0,
      _AIFL,
      0,
      () => CisStringFilter$
    ];
    var AccountList = [
      1,
      n0,
      _AL,
      0,
      () => Account$
    ];
    var AccountStateList = [
      1,
      n0,
      _ASL,
      0,
      () => AccountState$
    ];
    var AggregationResponseList = [
      1,
      n0,
      _ARL,
      0,
      () => AggregationResponse$
    ];
    var AssociateConfigurationRequestList = [
      1,
      n0,
      _ACRL,
      0,
      () => AssociateConfigurationRequest$
    ];
    var AwsConfigConnectorArnFilterList = [
      1,
      n0,
      _ACCAFL,
      0,
      () => AwsConfigConnectorArnFilter$
    ];
    var AwsEksWorkloadInfoList = [
      1,
      n0,
      _AEWIL,
      0,
      () => AwsEksWorkloadInfo$
    ];
    var CheckIdFilterList = [
      1,
      n0,
      _CIFL,
      0,
      () => CisStringFilter$
    ];
    var CisCheckAggregationList = [
      1,
      n0,
      _CCAL,
      0,
      () => CisCheckAggregation$
    ];
    var CisFindingArnFilterList = [
      1,
      n0,
      _CFAFL,
      0,
      () => CisStringFilter$
    ];
    var CisFindingStatusFilterList = [
      1,
      n0,
      _CFSFL,
      0,
      () => CisFindingStatusFilter$
    ];
    var CisNumberFilterList = [
      1,
      n0,
      _CNFL,
      0,
      () => CisNumberFilter$
    ];
    var CisResultStatusFilterList = [
      1,
      n0,
      _CRSFL,
      0,
      () => CisResultStatusFilter$
    ];
    var CisScanArnFilterList = [
      1,
      n0,
      _CSAFL,
      0,
      () => CisStringFilter$
    ];
    var CisScanConfigurationArnFilterList = [
      1,
      n0,
      _CSCAFL,
      0,
      () => CisStringFilter$
    ];
    var CisScanConfigurationList = [
      1,
      n0,
      _CSCL,
      0,
      () => CisScanConfiguration$
    ];
    var CisScanDateFilterList = [
      1,
      n0,
      _CSDFL,
      0,
      () => CisDateFilter$
    ];
    var CisScanList = [
      1,
      n0,
      _CSL,
      0,
      () => CisScan$
    ];
    var CisScanNameFilterList = [
      1,
      n0,
      _CSNFL,
      0,
      () => CisStringFilter$
    ];
    var CisScanResultDetailsList = [
      1,
      n0,
      _CSRDL,
      0,
      () => CisScanResultDetails$
    ];
    var CisScanStatusFilterList = [
      1,
      n0,
      _CSSFL,
      0,
      () => CisScanStatusFilter$
    ];
    var CisScheduledByFilterList = [
      1,
      n0,
      _CSBFL,
      0,
      () => CisStringFilter$
    ];
    var CisSecurityLevelFilterList = [
      1,
      n0,
      _CSLFL,
      0,
      () => CisSecurityLevelFilter$
    ];
    var CisSessionMessages = [
      1,
      n0,
      _CSMi,
      0,
      () => CisSessionMessage$
    ];
    var CisTargetResourceAggregationList = [
      1,
      n0,
      _CTRAL,
      0,
      () => CisTargetResourceAggregation$
    ];
    var ClusterDetailsList = [
      1,
      n0,
      _CDL,
      0,
      () => ClusterDetails$
    ];
    var ClusterInformationList = [
      1,
      n0,
      _CIL,
      0,
      () => ClusterInformation$
    ];
    var CodeLineList = [
      1,
      n0,
      _CLL,
      0,
      () => CodeLine$
    ];
    var CodeSecurityScanConfigurationAssociationSummaries = [
      1,
      n0,
      _CSSCASo,
      0,
      () => CodeSecurityScanConfigurationAssociationSummary$
    ];
    var CodeSecurityScanConfigurationSummaries = [
      1,
      n0,
      _CSSCSo,
      0,
      () => CodeSecurityScanConfigurationSummary$
    ];
    var CodeSnippetErrorList = [
      1,
      n0,
      _CSEL,
      0,
      () => CodeSnippetError$
    ];
    var CodeSnippetResultList = [
      1,
      n0,
      _CSRL,
      0,
      () => CodeSnippetResult$
    ];
    var ConnectorArnFilterList = [
      1,
      n0,
      _CAFL,
      0,
      () => ConnectorArnFilter$
    ];
    var ConnectorList = [
      1,
      n0,
      _CLo,
      0,
      () => Connector$
    ];
    var ConnectorScanConfigurationItemList = [
      1,
      n0,
      _CSCIL,
      0,
      () => ConnectorScanConfigurationItem$
    ];
    var ConnectorTypeFilterList = [
      1,
      n0,
      _CTFL,
      0,
      () => ConnectorTypeFilter$
    ];
    var CountsList = [
      1,
      n0,
      _CLou,
      0,
      () => Counts$
    ];
    var CoverageDateFilterList = [
      1,
      n0,
      _CDFL,
      0,
      () => CoverageDateFilter$
    ];
    var CoverageMapFilterList = [
      1,
      n0,
      _CMFL,
      0,
      () => CoverageMapFilter$
    ];
    var CoverageNumberFilterList = [
      1,
      n0,
      _CNFLo,
      0,
      () => CoverageNumberFilter$
    ];
    var CoverageStringFilterList = [
      1,
      n0,
      _CSFL,
      0,
      () => CoverageStringFilter$
    ];
    var CoveredResources = [
      1,
      n0,
      _CRo,
      0,
      () => CoveredResource$
    ];
    var CvssScoreAdjustmentList = [
      1,
      n0,
      _CSAL,
      0,
      () => CvssScoreAdjustment$
    ];
    var CvssScoreList = [
      1,
      n0,
      _CSLv,
      0,
      () => CvssScore$
    ];
    var DateFilterList = [
      1,
      n0,
      _DFL,
      0,
      () => DateFilter$
    ];
    var DelegatedAdminAccountList = [
      1,
      n0,
      _DAAL,
      0,
      () => DelegatedAdminAccount$
    ];
    var DisassociateConfigurationRequestList = [
      1,
      n0,
      _DCRL,
      0,
      () => DisassociateConfigurationRequest$
    ];
    var EvidenceList = [
      1,
      n0,
      _EL,
      0,
      () => Evidence$
    ];
    var FailedAccountList = [
      1,
      n0,
      _FAL,
      0,
      () => FailedAccount$
    ];
    var FailedAssociationResultList = [
      1,
      n0,
      _FARL,
      0,
      () => FailedAssociationResult$
    ];
    var FailedMemberAccountEc2DeepInspectionStatusStateList = [
      1,
      n0,
      _FMAEDISSL,
      0,
      () => FailedMemberAccountEc2DeepInspectionStatusState$
    ];
    var FilterList = [
      1,
      n0,
      _FL,
      0,
      () => Filter$
    ];
    var FindingDetails = [
      1,
      n0,
      _FDi,
      0,
      () => FindingDetail$
    ];
    var FindingDetailsErrorList = [
      1,
      n0,
      _FDEL,
      0,
      () => FindingDetailsError$
    ];
    var FindingList = [
      1,
      n0,
      _FLi,
      0,
      () => Finding$
    ];
    var FreeTrialAccountInfoList = [
      1,
      n0,
      _FTAIL,
      0,
      () => FreeTrialAccountInfo$
    ];
    var FreeTrialInfoErrorList = [
      1,
      n0,
      _FTIEL,
      0,
      () => FreeTrialInfoError$
    ];
    var FreeTrialInfoList = [
      1,
      n0,
      _FTIL,
      0,
      () => FreeTrialInfo$
    ];
    var IntegrationSummaries = [
      1,
      n0,
      _IS,
      0,
      () => CodeSecurityIntegrationSummary$
    ];
    var MapFilterList = [
      1,
      n0,
      _MFL,
      0,
      () => MapFilter$
    ];
    var MemberAccountEc2DeepInspectionStatusList = [
      1,
      n0,
      _MAEDISL,
      0,
      () => MemberAccountEc2DeepInspectionStatus$
    ];
    var MemberAccountEc2DeepInspectionStatusStateList = [
      1,
      n0,
      _MAEDISSL,
      0,
      () => MemberAccountEc2DeepInspectionStatusState$
    ];
    var MemberList = [
      1,
      n0,
      _ML,
      0,
      () => Member$
    ];
    var NumberFilterList = [
      1,
      n0,
      _NFL,
      0,
      () => NumberFilter$
    ];
    var OneAccountIdFilterList = [
      1,
      n0,
      _OAIFL,
      0,
      () => CisStringFilter$
    ];
    var PackageFilterList = [
      1,
      n0,
      _PFL,
      0,
      () => PackageFilter$
    ];
    var Permissions = [
      1,
      n0,
      _Pe,
      0,
      () => Permission$
    ];
    var PlatformFilterList = [
      1,
      n0,
      _PFLl,
      0,
      () => CisStringFilter$
    ];
    var PortRangeFilterList = [
      1,
      n0,
      _PRFL,
      0,
      () => PortRangeFilter$
    ];
    var ProjectContinuousIntegrationScanConfigurationList = [
      1,
      n0,
      _PCISCL,
      0,
      () => ProjectContinuousIntegrationScanConfiguration$
    ];
    var ProjectPeriodicScanConfigurationList = [
      1,
      n0,
      _PPSCL,
      0,
      () => ProjectPeriodicScanConfiguration$
    ];
    var ProviderFilterList = [
      1,
      n0,
      _PFLr,
      0,
      () => ProviderFilter$
    ];
    var ResourceIdFilterList = [
      1,
      n0,
      _RIFL,
      0,
      () => CisStringFilter$
    ];
    var ResourceList = [
      1,
      n0,
      _RL,
      0,
      () => Resource$
    ];
    var ResourceMapFilterList = [
      1,
      n0,
      _RMFL,
      0,
      () => ResourceMapFilter$
    ];
    var ResourceStringFilterList = [
      1,
      n0,
      _RSFL,
      0,
      () => ResourceStringFilter$
    ];
    var ResourceTagFilterList = [
      1,
      n0,
      _RTFL,
      0,
      () => TagFilter$
    ];
    var StepList = [
      1,
      n0,
      _SL,
      0,
      () => Step$
    ];
    var StringFilterList = [
      1,
      n0,
      _SFL,
      0,
      () => StringFilter$
    ];
    var SuccessfulAssociationResultList = [
      1,
      n0,
      _SARL,
      0,
      () => SuccessfulAssociationResult$
    ];
    var SuggestedFixes = [
      1,
      n0,
      _SFug,
      0,
      () => SuggestedFix$
    ];
    var TargetStatusFilterList = [
      1,
      n0,
      _TSFL,
      0,
      () => CisTargetStatusFilter$
    ];
    var TargetStatusReasonFilterList = [
      1,
      n0,
      _TSRFL,
      0,
      () => CisTargetStatusReasonFilter$
    ];
    var TitleFilterList = [
      1,
      n0,
      _TFL,
      0,
      () => CisStringFilter$
    ];
    var UsageList = [
      1,
      n0,
      _UL,
      0,
      () => Usage$
    ];
    var UsageTotalList = [
      1,
      n0,
      _UTL,
      0,
      () => UsageTotal$
    ];
    var ValidationExceptionFields = [
      1,
      n0,
      _VEFa,
      0,
      () => ValidationExceptionField$
    ];
    var Vulnerabilities = [
      1,
      n0,
      _Vul,
      0,
      () => Vulnerability$
    ];
    var VulnerablePackageList = [
      1,
      n0,
      _VPL,
      0,
      () => VulnerablePackage$
    ];
    var AggregationRequest$ = [
      4,
      n0,
      _AR,
      0,
      [_aAc, _aAm, _aECA, _eIAc, _fTA, _iLA, _pAa, _rAe, _tAi, _lLA, _lFA, _cRA, _vIA, _cIAo, _sFA],
      [() => AccountAggregation$, () => AmiAggregation$, () => AwsEcrContainerAggregation$, () => Ec2InstanceAggregation$, () => FindingTypeAggregation$, () => ImageLayerAggregation$, () => PackageAggregation$, () => RepositoryAggregation$, () => TitleAggregation$, () => LambdaLayerAggregation$, () => LambdaFunctionAggregation$, () => CodeRepositoryAggregation$, () => VmInstanceAggregation$, () => ContainerImageAggregation$, () => ServerlessFunctionAggregation$]
    ];
    var AggregationResponse$ = [
      4,
      n0,
      _ARg,
      0,
      [_aAc, _aAm, _aECA, _eIAc, _fTA, _iLA, _pAa, _rAe, _tAi, _lLA, _lFA, _cRA, _vIA, _cIAo, _sFA],
      [() => AccountAggregationResponse$, () => AmiAggregationResponse$, () => AwsEcrContainerAggregationResponse$, () => Ec2InstanceAggregationResponse$, () => FindingTypeAggregationResponse$, () => ImageLayerAggregationResponse$, () => PackageAggregationResponse$, () => RepositoryAggregationResponse$, () => TitleAggregationResponse$, () => LambdaLayerAggregationResponse$, () => LambdaFunctionAggregationResponse$, () => CodeRepositoryAggregationResponse$, () => VmInstanceAggregationResponse$, () => ContainerImageAggregationResponse$, () => ServerlessFunctionAggregationResponse$]
    ];
    var ClusterMetadata$ = [
      4,
      n0,
      _CM,
      0,
      [_aEMD, _aEMDw],
      [() => AwsEcsMetadataDetails$, () => AwsEksMetadataDetails$]
    ];
    var CodeSecurityResource$ = [
      4,
      n0,
      _CSRo,
      0,
      [_pI],
      [0]
    ];
    var CreateIntegrationDetail$ = [
      4,
      n0,
      _CID,
      0,
      [_gSM],
      [[() => CreateGitLabSelfManagedIntegrationDetail$, 0]]
    ];
    var ProviderDetailCreate$ = [
      4,
      n0,
      _PDC,
      0,
      [_az],
      [() => AzureProviderDetailCreate$]
    ];
    var ProviderDetailUpdate$ = [
      4,
      n0,
      _PDU,
      0,
      [_az],
      [() => AzureProviderDetailUpdate$]
    ];
    var Schedule$ = [
      4,
      n0,
      _Sc,
      0,
      [_oT, _dai, _w, _mo],
      [() => OneTimeSchedule$, () => DailySchedule$, () => WeeklySchedule$, () => MonthlySchedule$]
    ];
    var UpdateIntegrationDetails$ = [
      4,
      n0,
      _UID,
      0,
      [_gSM, _g],
      [[() => UpdateGitLabSelfManagedIntegrationDetail$, 0], [() => UpdateGitHubIntegrationDetail$, 0]]
    ];
    var AssociateMember$ = [
      9,
      n0,
      _AM,
      { [_ht]: ["POST", "/members/associate", 200] },
      () => AssociateMemberRequest$,
      () => AssociateMemberResponse$
    ];
    var BatchAssociateCodeSecurityScanConfiguration$ = [
      9,
      n0,
      _BACSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/batch/associate", 200] },
      () => BatchAssociateCodeSecurityScanConfigurationRequest$,
      () => BatchAssociateCodeSecurityScanConfigurationResponse$
    ];
    var BatchDisassociateCodeSecurityScanConfiguration$ = [
      9,
      n0,
      _BDCSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/batch/disassociate", 200] },
      () => BatchDisassociateCodeSecurityScanConfigurationRequest$,
      () => BatchDisassociateCodeSecurityScanConfigurationResponse$
    ];
    var BatchGetAccountStatus$ = [
      9,
      n0,
      _BGAS,
      { [_ht]: ["POST", "/status/batch/get", 200] },
      () => BatchGetAccountStatusRequest$,
      () => BatchGetAccountStatusResponse$
    ];
    var BatchGetCodeSnippet$ = [
      9,
      n0,
      _BGCS,
      { [_ht]: ["POST", "/codesnippet/batchget", 200] },
      () => BatchGetCodeSnippetRequest$,
      () => BatchGetCodeSnippetResponse$
    ];
    var BatchGetFindingDetails$ = [
      9,
      n0,
      _BGFD,
      { [_ht]: ["POST", "/findings/details/batch/get", 200] },
      () => BatchGetFindingDetailsRequest$,
      () => BatchGetFindingDetailsResponse$
    ];
    var BatchGetFreeTrialInfo$ = [
      9,
      n0,
      _BGFTI,
      { [_ht]: ["POST", "/freetrialinfo/batchget", 200] },
      () => BatchGetFreeTrialInfoRequest$,
      () => BatchGetFreeTrialInfoResponse$
    ];
    var BatchGetMemberEc2DeepInspectionStatus$ = [
      9,
      n0,
      _BGMEDIS,
      { [_ht]: ["POST", "/ec2deepinspectionstatus/member/batch/get", 200] },
      () => BatchGetMemberEc2DeepInspectionStatusRequest$,
      () => BatchGetMemberEc2DeepInspectionStatusResponse$
    ];
    var BatchUpdateMemberEc2DeepInspectionStatus$ = [
      9,
      n0,
      _BUMEDIS,
      { [_ht]: ["POST", "/ec2deepinspectionstatus/member/batch/update", 200] },
      () => BatchUpdateMemberEc2DeepInspectionStatusRequest$,
      () => BatchUpdateMemberEc2DeepInspectionStatusResponse$
    ];
    var CancelFindingsReport$ = [
      9,
      n0,
      _CFRa,
      { [_ht]: ["POST", "/reporting/cancel", 200] },
      () => CancelFindingsReportRequest$,
      () => CancelFindingsReportResponse$
    ];
    var CancelSbomExport$ = [
      9,
      n0,
      _CSEa,
      { [_ht]: ["POST", "/sbomexport/cancel", 200] },
      () => CancelSbomExportRequest$,
      () => CancelSbomExportResponse$
    ];
    var CreateCisScanConfiguration$ = [
      9,
      n0,
      _CCSC,
      { [_ht]: ["POST", "/cis/scan-configuration/create", 200] },
      () => CreateCisScanConfigurationRequest$,
      () => CreateCisScanConfigurationResponse$
    ];
    var CreateCodeSecurityIntegration$ = [
      9,
      n0,
      _CCSI,
      { [_ht]: ["POST", "/codesecurity/integration/create", 200] },
      () => CreateCodeSecurityIntegrationRequest$,
      () => CreateCodeSecurityIntegrationResponse$
    ];
    var CreateCodeSecurityScanConfiguration$ = [
      9,
      n0,
      _CCSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/create", 200] },
      () => CreateCodeSecurityScanConfigurationRequest$,
      () => CreateCodeSecurityScanConfigurationResponse$
    ];
    var CreateConnector$ = [
      9,
      n0,
      _CC,
      { [_ht]: ["POST", "/connector/create", 200] },
      () => CreateConnectorRequest$,
      () => CreateConnectorResponse$
    ];
    var CreateFilter$ = [
      9,
      n0,
      _CF,
      { [_ht]: ["POST", "/filters/create", 200] },
      () => CreateFilterRequest$,
      () => CreateFilterResponse$
    ];
    var CreateFindingsReport$ = [
      9,
      n0,
      _CFRre,
      { [_ht]: ["POST", "/reporting/create", 200] },
      () => CreateFindingsReportRequest$,
      () => CreateFindingsReportResponse$
    ];
    var CreateSbomExport$ = [
      9,
      n0,
      _CSEr,
      { [_ht]: ["POST", "/sbomexport/create", 200] },
      () => CreateSbomExportRequest$,
      () => CreateSbomExportResponse$
    ];
    var DeleteCisScanConfiguration$ = [
      9,
      n0,
      _DCSC,
      { [_ht]: ["POST", "/cis/scan-configuration/delete", 200] },
      () => DeleteCisScanConfigurationRequest$,
      () => DeleteCisScanConfigurationResponse$
    ];
    var DeleteCodeSecurityIntegration$ = [
      9,
      n0,
      _DCSI,
      { [_ht]: ["POST", "/codesecurity/integration/delete", 200] },
      () => DeleteCodeSecurityIntegrationRequest$,
      () => DeleteCodeSecurityIntegrationResponse$
    ];
    var DeleteCodeSecurityScanConfiguration$ = [
      9,
      n0,
      _DCSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/delete", 200] },
      () => DeleteCodeSecurityScanConfigurationRequest$,
      () => DeleteCodeSecurityScanConfigurationResponse$
    ];
    var DeleteConnector$ = [
      9,
      n0,
      _DC,
      { [_ht]: ["POST", "/connector/delete", 200] },
      () => DeleteConnectorRequest$,
      () => DeleteConnectorResponse$
    ];
    var DeleteFilter$ = [
      9,
      n0,
      _DFe,
      { [_ht]: ["POST", "/filters/delete", 200] },
      () => DeleteFilterRequest$,
      () => DeleteFilterResponse$
    ];
    var DescribeOrganizationConfiguration$ = [
      9,
      n0,
      _DOC,
      { [_ht]: ["POST", "/organizationconfiguration/describe", 200] },
      () => DescribeOrganizationConfigurationRequest$,
      () => DescribeOrganizationConfigurationResponse$
    ];
    var Disable$ = [
      9,
      n0,
      _Di,
      { [_ht]: ["POST", "/disable", 200] },
      () => DisableRequest$,
      () => DisableResponse$
    ];
    var DisableDelegatedAdminAccount$ = [
      9,
      n0,
      _DDAA,
      { [_ht]: ["POST", "/delegatedadminaccounts/disable", 200] },
      () => DisableDelegatedAdminAccountRequest$,
      () => DisableDelegatedAdminAccountResponse$
    ];
    var DisassociateMember$ = [
      9,
      n0,
      _DM,
      { [_ht]: ["POST", "/members/disassociate", 200] },
      () => DisassociateMemberRequest$,
      () => DisassociateMemberResponse$
    ];
    var Enable$ = [
      9,
      n0,
      _En,
      { [_ht]: ["POST", "/enable", 200] },
      () => EnableRequest$,
      () => EnableResponse$
    ];
    var EnableDelegatedAdminAccount$ = [
      9,
      n0,
      _EDAA,
      { [_ht]: ["POST", "/delegatedadminaccounts/enable", 200] },
      () => EnableDelegatedAdminAccountRequest$,
      () => EnableDelegatedAdminAccountResponse$
    ];
    var GetCisScanReport$ = [
      9,
      n0,
      _GCSR,
      { [_ht]: ["POST", "/cis/scan/report/get", 200] },
      () => GetCisScanReportRequest$,
      () => GetCisScanReportResponse$
    ];
    var GetCisScanResultDetails$ = [
      9,
      n0,
      _GCSRD,
      { [_ht]: ["POST", "/cis/scan-result/details/get", 200] },
      () => GetCisScanResultDetailsRequest$,
      () => GetCisScanResultDetailsResponse$
    ];
    var GetClustersForImage$ = [
      9,
      n0,
      _GCFI,
      { [_ht]: ["POST", "/cluster/get", 200] },
      () => GetClustersForImageRequest$,
      () => GetClustersForImageResponse$
    ];
    var GetCodeSecurityIntegration$ = [
      9,
      n0,
      _GCSI,
      { [_ht]: ["POST", "/codesecurity/integration/get", 200] },
      () => GetCodeSecurityIntegrationRequest$,
      () => GetCodeSecurityIntegrationResponse$
    ];
    var GetCodeSecurityScan$ = [
      9,
      n0,
      _GCSS,
      { [_ht]: ["POST", "/codesecurity/scan/get", 200] },
      () => GetCodeSecurityScanRequest$,
      () => GetCodeSecurityScanResponse$
    ];
    var GetCodeSecurityScanConfiguration$ = [
      9,
      n0,
      _GCSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/get", 200] },
      () => GetCodeSecurityScanConfigurationRequest$,
      () => GetCodeSecurityScanConfigurationResponse$
    ];
    var GetConfiguration$ = [
      9,
      n0,
      _GC,
      { [_ht]: ["POST", "/configuration/get", 200] },
      () => GetConfigurationRequest$,
      () => GetConfigurationResponse$
    ];
    var GetDelegatedAdminAccount$ = [
      9,
      n0,
      _GDAA,
      { [_ht]: ["POST", "/delegatedadminaccounts/get", 200] },
      () => GetDelegatedAdminAccountRequest$,
      () => GetDelegatedAdminAccountResponse$
    ];
    var GetEc2DeepInspectionConfiguration$ = [
      9,
      n0,
      _GEDIC,
      { [_ht]: ["POST", "/ec2deepinspectionconfiguration/get", 200] },
      () => GetEc2DeepInspectionConfigurationRequest$,
      () => GetEc2DeepInspectionConfigurationResponse$
    ];
    var GetEncryptionKey$ = [
      9,
      n0,
      _GEK,
      { [_ht]: ["GET", "/encryptionkey/get", 200] },
      () => GetEncryptionKeyRequest$,
      () => GetEncryptionKeyResponse$
    ];
    var GetFindingsReportStatus$ = [
      9,
      n0,
      _GFRS,
      { [_ht]: ["POST", "/reporting/status/get", 200] },
      () => GetFindingsReportStatusRequest$,
      () => GetFindingsReportStatusResponse$
    ];
    var GetMember$ = [
      9,
      n0,
      _GM,
      { [_ht]: ["POST", "/members/get", 200] },
      () => GetMemberRequest$,
      () => GetMemberResponse$
    ];
    var GetSbomExport$ = [
      9,
      n0,
      _GSE,
      { [_ht]: ["POST", "/sbomexport/get", 200] },
      () => GetSbomExportRequest$,
      () => GetSbomExportResponse$
    ];
    var ListAccountPermissions$ = [
      9,
      n0,
      _LAP,
      { [_ht]: ["POST", "/accountpermissions/list", 200] },
      () => ListAccountPermissionsRequest$,
      () => ListAccountPermissionsResponse$
    ];
    var ListCisScanConfigurations$ = [
      9,
      n0,
      _LCSC,
      { [_ht]: ["POST", "/cis/scan-configuration/list", 200] },
      () => ListCisScanConfigurationsRequest$,
      () => ListCisScanConfigurationsResponse$
    ];
    var ListCisScanResultsAggregatedByChecks$ = [
      9,
      n0,
      _LCSRABC,
      { [_ht]: ["POST", "/cis/scan-result/check/list", 200] },
      () => ListCisScanResultsAggregatedByChecksRequest$,
      () => ListCisScanResultsAggregatedByChecksResponse$
    ];
    var ListCisScanResultsAggregatedByTargetResource$ = [
      9,
      n0,
      _LCSRABTR,
      { [_ht]: ["POST", "/cis/scan-result/resource/list", 200] },
      () => ListCisScanResultsAggregatedByTargetResourceRequest$,
      () => ListCisScanResultsAggregatedByTargetResourceResponse$
    ];
    var ListCisScans$ = [
      9,
      n0,
      _LCS,
      { [_ht]: ["POST", "/cis/scan/list", 200] },
      () => ListCisScansRequest$,
      () => ListCisScansResponse$
    ];
    var ListCodeSecurityIntegrations$ = [
      9,
      n0,
      _LCSI,
      { [_ht]: ["POST", "/codesecurity/integration/list", 200] },
      () => ListCodeSecurityIntegrationsRequest$,
      () => ListCodeSecurityIntegrationsResponse$
    ];
    var ListCodeSecurityScanConfigurationAssociations$ = [
      9,
      n0,
      _LCSSCA,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/associations/list", 200] },
      () => ListCodeSecurityScanConfigurationAssociationsRequest$,
      () => ListCodeSecurityScanConfigurationAssociationsResponse$
    ];
    var ListCodeSecurityScanConfigurations$ = [
      9,
      n0,
      _LCSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/list", 200] },
      () => ListCodeSecurityScanConfigurationsRequest$,
      () => ListCodeSecurityScanConfigurationsResponse$
    ];
    var ListConnectors$ = [
      9,
      n0,
      _LC,
      { [_ht]: ["POST", "/connector/list", 200] },
      () => ListConnectorsRequest$,
      () => ListConnectorsResponse$
    ];
    var ListConnectorScanConfigurations$ = [
      9,
      n0,
      _LCSCi,
      { [_ht]: ["POST", "/connectorscanconfigurations/list", 200] },
      () => ListConnectorScanConfigurationsRequest$,
      () => ListConnectorScanConfigurationsResponse$
    ];
    var ListCoverage$ = [
      9,
      n0,
      _LCi,
      { [_ht]: ["POST", "/coverage/list", 200] },
      () => ListCoverageRequest$,
      () => ListCoverageResponse$
    ];
    var ListCoverageStatistics$ = [
      9,
      n0,
      _LCSi,
      { [_ht]: ["POST", "/coverage/statistics/list", 200] },
      () => ListCoverageStatisticsRequest$,
      () => ListCoverageStatisticsResponse$
    ];
    var ListDelegatedAdminAccounts$ = [
      9,
      n0,
      _LDAA,
      { [_ht]: ["POST", "/delegatedadminaccounts/list", 200] },
      () => ListDelegatedAdminAccountsRequest$,
      () => ListDelegatedAdminAccountsResponse$
    ];
    var ListFilters$ = [
      9,
      n0,
      _LF,
      { [_ht]: ["POST", "/filters/list", 200] },
      () => ListFiltersRequest$,
      () => ListFiltersResponse$
    ];
    var ListFindingAggregations$ = [
      9,
      n0,
      _LFAi,
      { [_ht]: ["POST", "/findings/aggregation/list", 200] },
      () => ListFindingAggregationsRequest$,
      () => ListFindingAggregationsResponse$
    ];
    var ListFindings$ = [
      9,
      n0,
      _LFi,
      { [_ht]: ["POST", "/findings/list", 200] },
      () => ListFindingsRequest$,
      () => ListFindingsResponse$
    ];
    var ListMembers$ = [
      9,
      n0,
      _LM,
      { [_ht]: ["POST", "/members/list", 200] },
      () => ListMembersRequest$,
      () => ListMembersResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      { [_ht]: ["GET", "/tags/{resourceArn}", 200] },
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListUsageTotals$ = [
      9,
      n0,
      _LUT,
      { [_ht]: ["POST", "/usage/list", 200] },
      () => ListUsageTotalsRequest$,
      () => ListUsageTotalsResponse$
    ];
    var ResetEncryptionKey$ = [
      9,
      n0,
      _REK,
      { [_ht]: ["PUT", "/encryptionkey/reset", 200] },
      () => ResetEncryptionKeyRequest$,
      () => ResetEncryptionKeyResponse$
    ];
    var SearchVulnerabilities$ = [
      9,
      n0,
      _SV,
      { [_ht]: ["POST", "/vulnerabilities/search", 200] },
      () => SearchVulnerabilitiesRequest$,
      () => SearchVulnerabilitiesResponse$
    ];
    var SendCisSessionHealth$ = [
      9,
      n0,
      _SCSH,
      { [_ht]: ["PUT", "/cissession/health/send", 200] },
      () => SendCisSessionHealthRequest$,
      () => SendCisSessionHealthResponse$
    ];
    var SendCisSessionTelemetry$ = [
      9,
      n0,
      _SCST,
      { [_ht]: ["PUT", "/cissession/telemetry/send", 200] },
      () => SendCisSessionTelemetryRequest$,
      () => SendCisSessionTelemetryResponse$
    ];
    var StartCisSession$ = [
      9,
      n0,
      _SCS,
      { [_ht]: ["PUT", "/cissession/start", 200] },
      () => StartCisSessionRequest$,
      () => StartCisSessionResponse$
    ];
    var StartCodeSecurityScan$ = [
      9,
      n0,
      _SCSS,
      { [_ht]: ["POST", "/codesecurity/scan/start", 200] },
      () => StartCodeSecurityScanRequest$,
      () => StartCodeSecurityScanResponse$
    ];
    var StopCisSession$ = [
      9,
      n0,
      _SCSt,
      { [_ht]: ["PUT", "/cissession/stop", 200] },
      () => StopCisSessionRequest$,
      () => StopCisSessionResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      { [_ht]: ["POST", "/tags/{resourceArn}", 200] },
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      { [_ht]: ["DELETE", "/tags/{resourceArn}", 200] },
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var UpdateCisScanConfiguration$ = [
      9,
      n0,
      _UCSC,
      { [_ht]: ["POST", "/cis/scan-configuration/update", 200] },
      () => UpdateCisScanConfigurationRequest$,
      () => UpdateCisScanConfigurationResponse$
    ];
    var UpdateCodeSecurityIntegration$ = [
      9,
      n0,
      _UCSI,
      { [_ht]: ["POST", "/codesecurity/integration/update", 200] },
      () => UpdateCodeSecurityIntegrationRequest$,
      () => UpdateCodeSecurityIntegrationResponse$
    ];
    var UpdateCodeSecurityScanConfiguration$ = [
      9,
      n0,
      _UCSSC,
      { [_ht]: ["POST", "/codesecurity/scan-configuration/update", 200] },
      () => UpdateCodeSecurityScanConfigurationRequest$,
      () => UpdateCodeSecurityScanConfigurationResponse$
    ];
    var UpdateConfiguration$ = [
      9,
      n0,
      _UC,
      { [_ht]: ["POST", "/configuration/update", 200] },
      () => UpdateConfigurationRequest$,
      () => UpdateConfigurationResponse$
    ];
    var UpdateConnector$ = [
      9,
      n0,
      _UCp,
      { [_ht]: ["POST", "/connector/update", 200] },
      () => UpdateConnectorRequest$,
      () => UpdateConnectorResponse$
    ];
    var UpdateConnectorScanConfiguration$ = [
      9,
      n0,
      _UCSCp,
      { [_ht]: ["POST", "/connectorscanconfiguration/update", 200] },
      () => UpdateConnectorScanConfigurationRequest$,
      () => UpdateConnectorScanConfigurationResponse$
    ];
    var UpdateEc2DeepInspectionConfiguration$ = [
      9,
      n0,
      _UEDIC,
      { [_ht]: ["POST", "/ec2deepinspectionconfiguration/update", 200] },
      () => UpdateEc2DeepInspectionConfigurationRequest$,
      () => UpdateEc2DeepInspectionConfigurationResponse$
    ];
    var UpdateEncryptionKey$ = [
      9,
      n0,
      _UEK,
      { [_ht]: ["PUT", "/encryptionkey/update", 200] },
      () => UpdateEncryptionKeyRequest$,
      () => UpdateEncryptionKeyResponse$
    ];
    var UpdateFilter$ = [
      9,
      n0,
      _UF,
      { [_ht]: ["POST", "/filters/update", 200] },
      () => UpdateFilterRequest$,
      () => UpdateFilterResponse$
    ];
    var UpdateOrganizationConfiguration$ = [
      9,
      n0,
      _UOC,
      { [_ht]: ["POST", "/organizationconfiguration/update", 200] },
      () => UpdateOrganizationConfigurationRequest$,
      () => UpdateOrganizationConfigurationResponse$
    ];
    var UpdateOrgEc2DeepInspectionConfiguration$ = [
      9,
      n0,
      _UOEDIC,
      { [_ht]: ["POST", "/ec2deepinspectionconfiguration/org/update", 200] },
      () => UpdateOrgEc2DeepInspectionConfigurationRequest$,
      () => UpdateOrgEc2DeepInspectionConfigurationResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2020-06-08",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultInspector2HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.inspector2",
          errorTypeRegistries,
          version: "2020-06-08",
          serviceTarget: "Inspector2"
        },
        serviceId: config?.serviceId ?? "Inspector2",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var Inspector2Client2 = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultInspector2HttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "Inspector2", "Inspector2Client", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AssociateMemberCommand = class extends command(_ep0, _mw0, "AssociateMember", AssociateMember$) {
    };
    var BatchAssociateCodeSecurityScanConfigurationCommand = class extends command(_ep0, _mw0, "BatchAssociateCodeSecurityScanConfiguration", BatchAssociateCodeSecurityScanConfiguration$) {
    };
    var BatchDisassociateCodeSecurityScanConfigurationCommand = class extends command(_ep0, _mw0, "BatchDisassociateCodeSecurityScanConfiguration", BatchDisassociateCodeSecurityScanConfiguration$) {
    };
    var BatchGetAccountStatusCommand = class extends command(_ep0, _mw0, "BatchGetAccountStatus", BatchGetAccountStatus$) {
    };
    var BatchGetCodeSnippetCommand = class extends command(_ep0, _mw0, "BatchGetCodeSnippet", BatchGetCodeSnippet$) {
    };
    var BatchGetFindingDetailsCommand2 = class extends command(_ep0, _mw0, "BatchGetFindingDetails", BatchGetFindingDetails$) {
    };
    var BatchGetFreeTrialInfoCommand = class extends command(_ep0, _mw0, "BatchGetFreeTrialInfo", BatchGetFreeTrialInfo$) {
    };
    var BatchGetMemberEc2DeepInspectionStatusCommand = class extends command(_ep0, _mw0, "BatchGetMemberEc2DeepInspectionStatus", BatchGetMemberEc2DeepInspectionStatus$) {
    };
    var BatchUpdateMemberEc2DeepInspectionStatusCommand = class extends command(_ep0, _mw0, "BatchUpdateMemberEc2DeepInspectionStatus", BatchUpdateMemberEc2DeepInspectionStatus$) {
    };
    var CancelFindingsReportCommand = class extends command(_ep0, _mw0, "CancelFindingsReport", CancelFindingsReport$) {
    };
    var CancelSbomExportCommand = class extends command(_ep0, _mw0, "CancelSbomExport", CancelSbomExport$) {
    };
    var CreateCisScanConfigurationCommand = class extends command(_ep0, _mw0, "CreateCisScanConfiguration", CreateCisScanConfiguration$) {
    };
    var CreateCodeSecurityIntegrationCommand = class extends command(_ep0, _mw0, "CreateCodeSecurityIntegration", CreateCodeSecurityIntegration$) {
    };
    var CreateCodeSecurityScanConfigurationCommand = class extends command(_ep0, _mw0, "CreateCodeSecurityScanConfiguration", CreateCodeSecurityScanConfiguration$) {
    };
    var CreateConnectorCommand = class extends command(_ep0, _mw0, "CreateConnector", CreateConnector$) {
    };
    var CreateFilterCommand = class extends command(_ep0, _mw0, "CreateFilter", CreateFilter$) {
    };
    var CreateFindingsReportCommand = class extends command(_ep0, _mw0, "CreateFindingsReport", CreateFindingsReport$) {
    };
    var CreateSbomExportCommand = class extends command(_ep0, _mw0, "CreateSbomExport", CreateSbomExport$) {
    };
    var DeleteCisScanConfigurationCommand = class extends command(_ep0, _mw0, "DeleteCisScanConfiguration", DeleteCisScanConfiguration$) {
    };
    var DeleteCodeSecurityIntegrationCommand = class extends command(_ep0, _mw0, "DeleteCodeSecurityIntegration", DeleteCodeSecurityIntegration$) {
    };
    var DeleteCodeSecurityScanConfigurationCommand = class extends command(_ep0, _mw0, "DeleteCodeSecurityScanConfiguration", DeleteCodeSecurityScanConfiguration$) {
    };
    var DeleteConnectorCommand = class extends command(_ep0, _mw0, "DeleteConnector", DeleteConnector$) {
    };
    var DeleteFilterCommand = class extends command(_ep0, _mw0, "DeleteFilter", DeleteFilter$) {
    };
    var DescribeOrganizationConfigurationCommand = class extends command(_ep0, _mw0, "DescribeOrganizationConfiguration", DescribeOrganizationConfiguration$) {
    };
    var DisableCommand = class extends command(_ep0, _mw0, "Disable", Disable$) {
    };
    var DisableDelegatedAdminAccountCommand = class extends command(_ep0, _mw0, "DisableDelegatedAdminAccount", DisableDelegatedAdminAccount$) {
    };
    var DisassociateMemberCommand = class extends command(_ep0, _mw0, "DisassociateMember", DisassociateMember$) {
    };
    var EnableCommand = class extends command(_ep0, _mw0, "Enable", Enable$) {
    };
    var EnableDelegatedAdminAccountCommand = class extends command(_ep0, _mw0, "EnableDelegatedAdminAccount", EnableDelegatedAdminAccount$) {
    };
    var GetCisScanReportCommand = class extends command(_ep0, _mw0, "GetCisScanReport", GetCisScanReport$) {
    };
    var GetCisScanResultDetailsCommand = class extends command(_ep0, _mw0, "GetCisScanResultDetails", GetCisScanResultDetails$) {
    };
    var GetClustersForImageCommand = class extends command(_ep0, _mw0, "GetClustersForImage", GetClustersForImage$) {
    };
    var GetCodeSecurityIntegrationCommand = class extends command(_ep0, _mw0, "GetCodeSecurityIntegration", GetCodeSecurityIntegration$) {
    };
    var GetCodeSecurityScanCommand = class extends command(_ep0, _mw0, "GetCodeSecurityScan", GetCodeSecurityScan$) {
    };
    var GetCodeSecurityScanConfigurationCommand = class extends command(_ep0, _mw0, "GetCodeSecurityScanConfiguration", GetCodeSecurityScanConfiguration$) {
    };
    var GetConfigurationCommand = class extends command(_ep0, _mw0, "GetConfiguration", GetConfiguration$) {
    };
    var GetDelegatedAdminAccountCommand = class extends command(_ep0, _mw0, "GetDelegatedAdminAccount", GetDelegatedAdminAccount$) {
    };
    var GetEc2DeepInspectionConfigurationCommand = class extends command(_ep0, _mw0, "GetEc2DeepInspectionConfiguration", GetEc2DeepInspectionConfiguration$) {
    };
    var GetEncryptionKeyCommand = class extends command(_ep0, _mw0, "GetEncryptionKey", GetEncryptionKey$) {
    };
    var GetFindingsReportStatusCommand = class extends command(_ep0, _mw0, "GetFindingsReportStatus", GetFindingsReportStatus$) {
    };
    var GetMemberCommand = class extends command(_ep0, _mw0, "GetMember", GetMember$) {
    };
    var GetSbomExportCommand = class extends command(_ep0, _mw0, "GetSbomExport", GetSbomExport$) {
    };
    var ListAccountPermissionsCommand = class extends command(_ep0, _mw0, "ListAccountPermissions", ListAccountPermissions$) {
    };
    var ListCisScanConfigurationsCommand = class extends command(_ep0, _mw0, "ListCisScanConfigurations", ListCisScanConfigurations$) {
    };
    var ListCisScanResultsAggregatedByChecksCommand = class extends command(_ep0, _mw0, "ListCisScanResultsAggregatedByChecks", ListCisScanResultsAggregatedByChecks$) {
    };
    var ListCisScanResultsAggregatedByTargetResourceCommand = class extends command(_ep0, _mw0, "ListCisScanResultsAggregatedByTargetResource", ListCisScanResultsAggregatedByTargetResource$) {
    };
    var ListCisScansCommand = class extends command(_ep0, _mw0, "ListCisScans", ListCisScans$) {
    };
    var ListCodeSecurityIntegrationsCommand = class extends command(_ep0, _mw0, "ListCodeSecurityIntegrations", ListCodeSecurityIntegrations$) {
    };
    var ListCodeSecurityScanConfigurationAssociationsCommand = class extends command(_ep0, _mw0, "ListCodeSecurityScanConfigurationAssociations", ListCodeSecurityScanConfigurationAssociations$) {
    };
    var ListCodeSecurityScanConfigurationsCommand = class extends command(_ep0, _mw0, "ListCodeSecurityScanConfigurations", ListCodeSecurityScanConfigurations$) {
    };
    var ListConnectorScanConfigurationsCommand = class extends command(_ep0, _mw0, "ListConnectorScanConfigurations", ListConnectorScanConfigurations$) {
    };
    var ListConnectorsCommand = class extends command(_ep0, _mw0, "ListConnectors", ListConnectors$) {
    };
    var ListCoverageCommand = class extends command(_ep0, _mw0, "ListCoverage", ListCoverage$) {
    };
    var ListCoverageStatisticsCommand = class extends command(_ep0, _mw0, "ListCoverageStatistics", ListCoverageStatistics$) {
    };
    var ListDelegatedAdminAccountsCommand = class extends command(_ep0, _mw0, "ListDelegatedAdminAccounts", ListDelegatedAdminAccounts$) {
    };
    var ListFiltersCommand = class extends command(_ep0, _mw0, "ListFilters", ListFilters$) {
    };
    var ListFindingAggregationsCommand = class extends command(_ep0, _mw0, "ListFindingAggregations", ListFindingAggregations$) {
    };
    var ListFindingsCommand = class extends command(_ep0, _mw0, "ListFindings", ListFindings$) {
    };
    var ListMembersCommand = class extends command(_ep0, _mw0, "ListMembers", ListMembers$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListUsageTotalsCommand = class extends command(_ep0, _mw0, "ListUsageTotals", ListUsageTotals$) {
    };
    var ResetEncryptionKeyCommand = class extends command(_ep0, _mw0, "ResetEncryptionKey", ResetEncryptionKey$) {
    };
    var SearchVulnerabilitiesCommand = class extends command(_ep0, _mw0, "SearchVulnerabilities", SearchVulnerabilities$) {
    };
    var SendCisSessionHealthCommand = class extends command(_ep0, _mw0, "SendCisSessionHealth", SendCisSessionHealth$) {
    };
    var SendCisSessionTelemetryCommand = class extends command(_ep0, _mw0, "SendCisSessionTelemetry", SendCisSessionTelemetry$) {
    };
    var StartCisSessionCommand = class extends command(_ep0, _mw0, "StartCisSession", StartCisSession$) {
    };
    var StartCodeSecurityScanCommand = class extends command(_ep0, _mw0, "StartCodeSecurityScan", StartCodeSecurityScan$) {
    };
    var StopCisSessionCommand = class extends command(_ep0, _mw0, "StopCisSession", StopCisSession$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateCisScanConfigurationCommand = class extends command(_ep0, _mw0, "UpdateCisScanConfiguration", UpdateCisScanConfiguration$) {
    };
    var UpdateCodeSecurityIntegrationCommand = class extends command(_ep0, _mw0, "UpdateCodeSecurityIntegration", UpdateCodeSecurityIntegration$) {
    };
    var UpdateCodeSecurityScanConfigurationCommand = class extends command(_ep0, _mw0, "UpdateCodeSecurityScanConfiguration", UpdateCodeSecurityScanConfiguration$) {
    };
    var UpdateConfigurationCommand = class extends command(_ep0, _mw0, "UpdateConfiguration", UpdateConfiguration$) {
    };
    var UpdateConnectorCommand = class extends command(_ep0, _mw0, "UpdateConnector", UpdateConnector$) {
    };
    var UpdateConnectorScanConfigurationCommand = class extends command(_ep0, _mw0, "UpdateConnectorScanConfiguration", UpdateConnectorScanConfiguration$) {
    };
    var UpdateEc2DeepInspectionConfigurationCommand = class extends command(_ep0, _mw0, "UpdateEc2DeepInspectionConfiguration", UpdateEc2DeepInspectionConfiguration$) {
    };
    var UpdateEncryptionKeyCommand = class extends command(_ep0, _mw0, "UpdateEncryptionKey", UpdateEncryptionKey$) {
    };
    var UpdateFilterCommand = class extends command(_ep0, _mw0, "UpdateFilter", UpdateFilter$) {
    };
    var UpdateOrganizationConfigurationCommand = class extends command(_ep0, _mw0, "UpdateOrganizationConfiguration", UpdateOrganizationConfiguration$) {
    };
    var UpdateOrgEc2DeepInspectionConfigurationCommand = class extends command(_ep0, _mw0, "UpdateOrgEc2DeepInspectionConfiguration", UpdateOrgEc2DeepInspectionConfiguration$) {
    };
    var paginateGetCisScanResultDetails = createPaginator(Inspector2Client2, GetCisScanResultDetailsCommand, "nextToken", "nextToken", "maxResults");
    var paginateGetClustersForImage = createPaginator(Inspector2Client2, GetClustersForImageCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAccountPermissions = createPaginator(Inspector2Client2, ListAccountPermissionsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCisScanConfigurations = createPaginator(Inspector2Client2, ListCisScanConfigurationsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCisScanResultsAggregatedByChecks = createPaginator(Inspector2Client2, ListCisScanResultsAggregatedByChecksCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCisScanResultsAggregatedByTargetResource = createPaginator(Inspector2Client2, ListCisScanResultsAggregatedByTargetResourceCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCisScans = createPaginator(Inspector2Client2, ListCisScansCommand, "nextToken", "nextToken", "maxResults");
    var paginateListConnectorScanConfigurations = createPaginator(Inspector2Client2, ListConnectorScanConfigurationsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListConnectors = createPaginator(Inspector2Client2, ListConnectorsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCoverage2 = createPaginator(Inspector2Client2, ListCoverageCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCoverageStatistics = createPaginator(Inspector2Client2, ListCoverageStatisticsCommand, "nextToken", "nextToken", "");
    var paginateListDelegatedAdminAccounts = createPaginator(Inspector2Client2, ListDelegatedAdminAccountsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListFilters = createPaginator(Inspector2Client2, ListFiltersCommand, "nextToken", "nextToken", "maxResults");
    var paginateListFindingAggregations = createPaginator(Inspector2Client2, ListFindingAggregationsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListFindings2 = createPaginator(Inspector2Client2, ListFindingsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListMembers = createPaginator(Inspector2Client2, ListMembersCommand, "nextToken", "nextToken", "maxResults");
    var paginateListUsageTotals = createPaginator(Inspector2Client2, ListUsageTotalsCommand, "nextToken", "nextToken", "maxResults");
    var paginateSearchVulnerabilities = createPaginator(Inspector2Client2, SearchVulnerabilitiesCommand, "nextToken", "nextToken", "");
    var checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new ListConnectorsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.health.connectorStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "CONNECTED";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.health.connectorStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "FAILED_TO_CONNECT") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.enablementStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "FAILED_TO_ENABLE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForConnectorConnected = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    };
    var waitUntilConnectorConnected = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
      return checkExceptions(result);
    };
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new ListConnectorsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.items.length == 0;
          };
          if (returnComparator() == true) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.enablementStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "FAILED_TO_DELETE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForConnectorDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilConnectorDeleted = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new ListConnectorsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.enablementStatus;
            });
            return projection_3;
          };
          let allStringEq_5 = returnComparator().length > 0;
          for (let element_4 of returnComparator()) {
            allStringEq_5 = allStringEq_5 && element_4 == "ENABLED";
          }
          if (allStringEq_5) {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.enablementStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "FAILED_TO_ENABLE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            let flat_1 = [].concat(...result.items);
            let projection_3 = flat_1.map((element_2) => {
              return element_2.enablementStatus;
            });
            return projection_3;
          };
          for (let anyStringEq_4 of returnComparator()) {
            if (anyStringEq_4 == "FAILED_TO_UPDATE") {
              return { state: WaiterState.FAILURE, reason };
            }
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForConnectorEnabled = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilConnectorEnabled = async (params, input) => {
      const serviceDefaults = { minDelay: 30, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      AssociateMemberCommand,
      BatchAssociateCodeSecurityScanConfigurationCommand,
      BatchDisassociateCodeSecurityScanConfigurationCommand,
      BatchGetAccountStatusCommand,
      BatchGetCodeSnippetCommand,
      BatchGetFindingDetailsCommand: BatchGetFindingDetailsCommand2,
      BatchGetFreeTrialInfoCommand,
      BatchGetMemberEc2DeepInspectionStatusCommand,
      BatchUpdateMemberEc2DeepInspectionStatusCommand,
      CancelFindingsReportCommand,
      CancelSbomExportCommand,
      CreateCisScanConfigurationCommand,
      CreateCodeSecurityIntegrationCommand,
      CreateCodeSecurityScanConfigurationCommand,
      CreateConnectorCommand,
      CreateFilterCommand,
      CreateFindingsReportCommand,
      CreateSbomExportCommand,
      DeleteCisScanConfigurationCommand,
      DeleteCodeSecurityIntegrationCommand,
      DeleteCodeSecurityScanConfigurationCommand,
      DeleteConnectorCommand,
      DeleteFilterCommand,
      DescribeOrganizationConfigurationCommand,
      DisableCommand,
      DisableDelegatedAdminAccountCommand,
      DisassociateMemberCommand,
      EnableCommand,
      EnableDelegatedAdminAccountCommand,
      GetCisScanReportCommand,
      GetCisScanResultDetailsCommand,
      GetClustersForImageCommand,
      GetCodeSecurityIntegrationCommand,
      GetCodeSecurityScanCommand,
      GetCodeSecurityScanConfigurationCommand,
      GetConfigurationCommand,
      GetDelegatedAdminAccountCommand,
      GetEc2DeepInspectionConfigurationCommand,
      GetEncryptionKeyCommand,
      GetFindingsReportStatusCommand,
      GetMemberCommand,
      GetSbomExportCommand,
      ListAccountPermissionsCommand,
      ListCisScanConfigurationsCommand,
      ListCisScanResultsAggregatedByChecksCommand,
      ListCisScanResultsAggregatedByTargetResourceCommand,
      ListCisScansCommand,
      ListCodeSecurityIntegrationsCommand,
      ListCodeSecurityScanConfigurationAssociationsCommand,
      ListCodeSecurityScanConfigurationsCommand,
      ListConnectorsCommand,
      ListConnectorScanConfigurationsCommand,
      ListCoverageCommand,
      ListCoverageStatisticsCommand,
      ListDelegatedAdminAccountsCommand,
      ListFiltersCommand,
      ListFindingAggregationsCommand,
      ListFindingsCommand,
      ListMembersCommand,
      ListTagsForResourceCommand,
      ListUsageTotalsCommand,
      ResetEncryptionKeyCommand,
      SearchVulnerabilitiesCommand,
      SendCisSessionHealthCommand,
      SendCisSessionTelemetryCommand,
      StartCisSessionCommand,
      StartCodeSecurityScanCommand,
      StopCisSessionCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateCisScanConfigurationCommand,
      UpdateCodeSecurityIntegrationCommand,
      UpdateCodeSecurityScanConfigurationCommand,
      UpdateConfigurationCommand,
      UpdateConnectorCommand,
      UpdateConnectorScanConfigurationCommand,
      UpdateEc2DeepInspectionConfigurationCommand,
      UpdateEncryptionKeyCommand,
      UpdateFilterCommand,
      UpdateOrganizationConfigurationCommand,
      UpdateOrgEc2DeepInspectionConfigurationCommand
    };
    var paginators = {
      paginateGetCisScanResultDetails,
      paginateGetClustersForImage,
      paginateListAccountPermissions,
      paginateListCisScanConfigurations,
      paginateListCisScanResultsAggregatedByChecks,
      paginateListCisScanResultsAggregatedByTargetResource,
      paginateListCisScans,
      paginateListConnectors,
      paginateListConnectorScanConfigurations,
      paginateListCoverage: paginateListCoverage2,
      paginateListCoverageStatistics,
      paginateListDelegatedAdminAccounts,
      paginateListFilters,
      paginateListFindingAggregations,
      paginateListFindings: paginateListFindings2,
      paginateListMembers,
      paginateListUsageTotals,
      paginateSearchVulnerabilities
    };
    var waiters = {
      waitUntilConnectorEnabled,
      waitUntilConnectorDeleted,
      waitUntilConnectorConnected
    };
    var Inspector2 = class extends Inspector2Client2 {
    };
    createAggregatedClient(commands, Inspector2, { paginators, waiters });
    var Status = {
      DISABLED: "DISABLED",
      DISABLING: "DISABLING",
      ENABLED: "ENABLED",
      ENABLING: "ENABLING",
      SUSPENDED: "SUSPENDED",
      SUSPENDING: "SUSPENDING"
    };
    var AggregationFindingType = {
      CODE_VULNERABILITY: "CODE_VULNERABILITY",
      NETWORK_REACHABILITY: "NETWORK_REACHABILITY",
      PACKAGE_VULNERABILITY: "PACKAGE_VULNERABILITY"
    };
    var AggregationResourceType = {
      AWS_EC2_INSTANCE: "AWS_EC2_INSTANCE",
      AWS_ECR_CONTAINER_IMAGE: "AWS_ECR_CONTAINER_IMAGE",
      AWS_LAMBDA_FUNCTION: "AWS_LAMBDA_FUNCTION",
      CODE_REPOSITORY: "CODE_REPOSITORY",
      MICROSOFT_COMPUTE_VIRTUAL_MACHINES: "Microsoft.Compute/virtualMachines",
      MICROSOFT_CONTAINER_REGISTRY_REGISTRY_CONTAINER_IMAGE: "Microsoft.ContainerRegistry/registry/containerImage",
      MICROSOFT_WEB_SITES: "Microsoft.Web/sites"
    };
    var AccountSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var SortOrder = {
      ASC: "ASC",
      DESC: "DESC"
    };
    var CisStringComparison = {
      EQUALS: "EQUALS",
      NOT_EQUALS: "NOT_EQUALS",
      PREFIX: "PREFIX"
    };
    var ErrorCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      ACCOUNT_IS_ISOLATED: "ACCOUNT_IS_ISOLATED",
      ALREADY_ENABLED: "ALREADY_ENABLED",
      BLOCKED_BY_ORGANIZATION_POLICY: "BLOCKED_BY_ORGANIZATION_POLICY",
      DISABLE_IN_PROGRESS: "DISABLE_IN_PROGRESS",
      DISASSOCIATE_ALL_MEMBERS: "DISASSOCIATE_ALL_MEMBERS",
      EC2_SSM_ASSOCIATION_VERSION_LIMIT_EXCEEDED: "EC2_SSM_ASSOCIATION_VERSION_LIMIT_EXCEEDED",
      EC2_SSM_RESOURCE_DATA_SYNC_LIMIT_EXCEEDED: "EC2_SSM_RESOURCE_DATA_SYNC_LIMIT_EXCEEDED",
      ENABLE_IN_PROGRESS: "ENABLE_IN_PROGRESS",
      EVENTBRIDGE_THROTTLED: "EVENTBRIDGE_THROTTLED",
      EVENTBRIDGE_UNAVAILABLE: "EVENTBRIDGE_UNAVAILABLE",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      RESOURCE_SCAN_NOT_DISABLED: "RESOURCE_SCAN_NOT_DISABLED",
      SSM_THROTTLED: "SSM_THROTTLED",
      SSM_UNAVAILABLE: "SSM_UNAVAILABLE",
      SUSPEND_IN_PROGRESS: "SUSPEND_IN_PROGRESS"
    };
    var StringComparison = {
      EQUALS: "EQUALS",
      NOT_EQUALS: "NOT_EQUALS",
      PREFIX: "PREFIX"
    };
    var AmiSortBy = {
      AFFECTED_INSTANCES: "AFFECTED_INSTANCES",
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var AwsEcrContainerSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var CodeRepositorySortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var ContainerImageSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var MapComparison = {
      EQUALS: "EQUALS"
    };
    var Ec2InstanceSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      NETWORK_FINDINGS: "NETWORK_FINDINGS"
    };
    var FindingTypeSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var ImageLayerSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var LambdaFunctionSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var LambdaLayerSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var PackageSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var RepositorySortBy = {
      AFFECTED_IMAGES: "AFFECTED_IMAGES",
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var ServerlessFunctionSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var TitleSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH"
    };
    var VmInstanceSortBy = {
      ALL: "ALL",
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      NETWORK_FINDINGS: "NETWORK_FINDINGS"
    };
    var Provider = {
      AWS: "AWS",
      AZURE: "AZURE"
    };
    var AggregationType = {
      ACCOUNT: "ACCOUNT",
      AMI: "AMI",
      AWS_EC2_INSTANCE: "AWS_EC2_INSTANCE",
      AWS_ECR_CONTAINER: "AWS_ECR_CONTAINER",
      AWS_LAMBDA_FUNCTION: "AWS_LAMBDA_FUNCTION",
      CODE_REPOSITORY: "CODE_REPOSITORY",
      CONTAINER_IMAGE: "CONTAINER_IMAGE",
      FINDING_TYPE: "FINDING_TYPE",
      IMAGE_LAYER: "IMAGE_LAYER",
      LAMBDA_LAYER: "LAMBDA_LAYER",
      PACKAGE: "PACKAGE",
      REPOSITORY: "REPOSITORY",
      SERVERLESS_FUNCTION: "SERVERLESS_FUNCTION",
      TITLE: "TITLE",
      VM_INSTANCE: "VM_INSTANCE"
    };
    var Architecture = {
      ARM64: "ARM64",
      X86_64: "X86_64"
    };
    var ValidationExceptionReason = {
      CANNOT_PARSE: "CANNOT_PARSE",
      FIELD_VALIDATION_FAILED: "FIELD_VALIDATION_FAILED",
      OTHER: "OTHER"
    };
    var AssociationResultStatusCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      INVALID_INPUT: "INVALID_INPUT",
      QUOTA_EXCEEDED: "QUOTA_EXCEEDED",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND",
      SCAN_CONFIGURATION_NOT_FOUND: "SCAN_CONFIGURATION_NOT_FOUND"
    };
    var AwsConfigConnectorArnComparison = {
      EQUALS: "EQUALS"
    };
    var PackageType = {
      IMAGE: "IMAGE",
      ZIP: "ZIP"
    };
    var Runtime = {
      DOTNETCORE_3_1: "DOTNETCORE_3_1",
      DOTNET_10: "DOTNET_10",
      DOTNET_6: "DOTNET_6",
      DOTNET_7: "DOTNET_7",
      GO_1_X: "GO_1_X",
      JAVA_11: "JAVA_11",
      JAVA_17: "JAVA_17",
      JAVA_21: "JAVA_21",
      JAVA_25: "JAVA_25",
      JAVA_8: "JAVA_8",
      JAVA_8_AL2: "JAVA_8_AL2",
      NODEJS: "NODEJS",
      NODEJS_12_X: "NODEJS_12_X",
      NODEJS_14_X: "NODEJS_14_X",
      NODEJS_16_X: "NODEJS_16_X",
      NODEJS_18_X: "NODEJS_18_X",
      NODEJS_22_X: "NODEJS_22_X",
      NODEJS_24_X: "NODEJS_24_X",
      PYTHON_3_10: "PYTHON_3_10",
      PYTHON_3_11: "PYTHON_3_11",
      PYTHON_3_7: "PYTHON_3_7",
      PYTHON_3_8: "PYTHON_3_8",
      PYTHON_3_9: "PYTHON_3_9",
      RUBY_2_7: "RUBY_2_7",
      RUBY_3_2: "RUBY_3_2",
      UNSUPPORTED: "UNSUPPORTED"
    };
    var ScopeType = {
      SUBSCRIPTION: "SUBSCRIPTION",
      TENANT: "TENANT"
    };
    var ScopeState = {
      ACTIVE: "ACTIVE",
      DISABLED: "DISABLED",
      ERROR: "ERROR",
      PENDING: "PENDING"
    };
    var CodeSnippetErrorCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      CODE_SNIPPET_NOT_FOUND: "CODE_SNIPPET_NOT_FOUND",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      INVALID_INPUT: "INVALID_INPUT"
    };
    var FindingDetailsErrorCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      FINDING_DETAILS_NOT_FOUND: "FINDING_DETAILS_NOT_FOUND",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      INVALID_INPUT: "INVALID_INPUT"
    };
    var CloudProvider = {
      AWS: "AWS",
      AZURE: "AZURE",
      NOT_APPLICABLE: "NOT_APPLICABLE"
    };
    var FreeTrialStatus = {
      ACTIVE: "ACTIVE",
      INACTIVE: "INACTIVE"
    };
    var FreeTrialType = {
      CODE_REPOSITORY: "CODE_REPOSITORY",
      CONTAINER_IMAGE: "CONTAINER_IMAGE",
      EC2: "EC2",
      ECR: "ECR",
      LAMBDA: "LAMBDA",
      LAMBDA_CODE: "LAMBDA_CODE",
      SERVERLESS_FUNCTION: "SERVERLESS_FUNCTION",
      VM: "VM"
    };
    var FreeTrialInfoErrorCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      INTERNAL_ERROR: "INTERNAL_ERROR"
    };
    var Ec2DeepInspectionStatus = {
      ACTIVATED: "ACTIVATED",
      DEACTIVATED: "DEACTIVATED",
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var CisSecurityLevel = {
      LEVEL_1: "LEVEL_1",
      LEVEL_2: "LEVEL_2"
    };
    var CisFindingStatus = {
      FAILED: "FAILED",
      PASSED: "PASSED",
      SKIPPED: "SKIPPED"
    };
    var CisFindingStatusComparison = {
      EQUALS: "EQUALS"
    };
    var CisReportFormat = {
      CSV: "CSV",
      PDF: "PDF"
    };
    var CisReportStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var CisResultStatus = {
      FAILED: "FAILED",
      PASSED: "PASSED",
      SKIPPED: "SKIPPED"
    };
    var CisResultStatusComparison = {
      EQUALS: "EQUALS"
    };
    var CisRuleStatus = {
      ERROR: "ERROR",
      FAILED: "FAILED",
      INFORMATIONAL: "INFORMATIONAL",
      NOT_APPLICABLE: "NOT_APPLICABLE",
      NOT_EVALUATED: "NOT_EVALUATED",
      PASSED: "PASSED",
      UNKNOWN: "UNKNOWN"
    };
    var CisScanStatus = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var Day = {
      FRI: "FRI",
      MON: "MON",
      SAT: "SAT",
      SUN: "SUN",
      THU: "THU",
      TUE: "TUE",
      WED: "WED"
    };
    var CisScanConfigurationsSortBy = {
      SCAN_CONFIGURATION_ARN: "SCAN_CONFIGURATION_ARN",
      SCAN_NAME: "SCAN_NAME"
    };
    var CisSecurityLevelComparison = {
      EQUALS: "EQUALS"
    };
    var CisScanResultDetailsSortBy = {
      CHECK_ID: "CHECK_ID",
      STATUS: "STATUS"
    };
    var CisScanResultsAggregatedByChecksSortBy = {
      CHECK_ID: "CHECK_ID",
      FAILED_COUNTS: "FAILED_COUNTS",
      PLATFORM: "PLATFORM",
      SECURITY_LEVEL: "SECURITY_LEVEL",
      TITLE: "TITLE"
    };
    var TagComparison = {
      EQUALS: "EQUALS"
    };
    var CisTargetStatusComparison = {
      EQUALS: "EQUALS"
    };
    var CisTargetStatus = {
      CANCELLED: "CANCELLED",
      COMPLETED: "COMPLETED",
      TIMED_OUT: "TIMED_OUT"
    };
    var CisTargetStatusReason = {
      SCAN_IN_PROGRESS: "SCAN_IN_PROGRESS",
      SSM_UNMANAGED: "SSM_UNMANAGED",
      UNSUPPORTED_OS: "UNSUPPORTED_OS"
    };
    var CisScanResultsAggregatedByTargetResourceSortBy = {
      ACCOUNT_ID: "ACCOUNT_ID",
      FAILED_COUNTS: "FAILED_COUNTS",
      PLATFORM: "PLATFORM",
      RESOURCE_ID: "RESOURCE_ID",
      TARGET_STATUS: "TARGET_STATUS",
      TARGET_STATUS_REASON: "TARGET_STATUS_REASON"
    };
    var CisScanStatusComparison = {
      EQUALS: "EQUALS"
    };
    var CisSortOrder = {
      ASC: "ASC",
      DESC: "DESC"
    };
    var CodeRepositoryProviderType = {
      GITHUB: "GITHUB",
      GITLAB_SELF_MANAGED: "GITLAB_SELF_MANAGED"
    };
    var ScanStatusReason = {
      ACCESS_DENIED: "ACCESS_DENIED",
      ACCESS_DENIED_TO_ENCRYPTION_KEY: "ACCESS_DENIED_TO_ENCRYPTION_KEY",
      AGENTLESS_INSTANCE_COLLECTION_TIME_LIMIT_EXCEEDED: "AGENTLESS_INSTANCE_COLLECTION_TIME_LIMIT_EXCEEDED",
      AGENTLESS_INSTANCE_STORAGE_LIMIT_EXCEEDED: "AGENTLESS_INSTANCE_STORAGE_LIMIT_EXCEEDED",
      DEEP_INSPECTION_COLLECTION_TIME_LIMIT_EXCEEDED: "DEEP_INSPECTION_COLLECTION_TIME_LIMIT_EXCEEDED",
      DEEP_INSPECTION_DAILY_SSM_INVENTORY_LIMIT_EXCEEDED: "DEEP_INSPECTION_DAILY_SSM_INVENTORY_LIMIT_EXCEEDED",
      DEEP_INSPECTION_NO_INVENTORY: "DEEP_INSPECTION_NO_INVENTORY",
      DEEP_INSPECTION_PACKAGE_COLLECTION_LIMIT_EXCEEDED: "DEEP_INSPECTION_PACKAGE_COLLECTION_LIMIT_EXCEEDED",
      EC2_INSTANCE_STOPPED: "EC2_INSTANCE_STOPPED",
      EXCLUDED_BY_TAG: "EXCLUDED_BY_TAG",
      IMAGE_ARCHIVED: "IMAGE_ARCHIVED",
      IMAGE_SIZE_EXCEEDED: "IMAGE_SIZE_EXCEEDED",
      INTEGRATION_CONNECTION_LOST: "INTEGRATION_CONNECTION_LOST",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      NO_INVENTORY: "NO_INVENTORY",
      NO_RESOURCES_FOUND: "NO_RESOURCES_FOUND",
      NO_SCAN_CONFIGURATION_ASSOCIATED: "NO_SCAN_CONFIGURATION_ASSOCIATED",
      PENDING_DISABLE: "PENDING_DISABLE",
      PENDING_INITIAL_SCAN: "PENDING_INITIAL_SCAN",
      PENDING_REVIVAL_SCAN: "PENDING_REVIVAL_SCAN",
      RESOURCE_STOPPED: "RESOURCE_STOPPED",
      RESOURCE_TERMINATED: "RESOURCE_TERMINATED",
      RESOURCE_UNMANAGED: "RESOURCE_UNMANAGED",
      SCAN_ELIGIBILITY_EXPIRED: "SCAN_ELIGIBILITY_EXPIRED",
      SCAN_FREQUENCY_MANUAL: "SCAN_FREQUENCY_MANUAL",
      SCAN_FREQUENCY_SCAN_ON_PUSH: "SCAN_FREQUENCY_SCAN_ON_PUSH",
      SCAN_IN_PROGRESS: "SCAN_IN_PROGRESS",
      STALE_INVENTORY: "STALE_INVENTORY",
      SUCCESSFUL: "SUCCESSFUL",
      UNMANAGED_EC2_INSTANCE: "UNMANAGED_EC2_INSTANCE",
      UNSUPPORTED_CODE_ARTIFACTS: "UNSUPPORTED_CODE_ARTIFACTS",
      UNSUPPORTED_CONFIG_FILE: "UNSUPPORTED_CONFIG_FILE",
      UNSUPPORTED_LANGUAGE: "UNSUPPORTED_LANGUAGE",
      UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
      UNSUPPORTED_OS: "UNSUPPORTED_OS",
      UNSUPPORTED_RUNTIME: "UNSUPPORTED_RUNTIME"
    };
    var ScanStatusCode = {
      ACTIVE: "ACTIVE",
      INACTIVE: "INACTIVE"
    };
    var RuleSetCategory = {
      IAC: "IAC",
      SAST: "SAST",
      SCA: "SCA"
    };
    var ContinuousIntegrationScanEvent = {
      PULL_REQUEST: "PULL_REQUEST",
      PUSH: "PUSH"
    };
    var CodeScanStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SKIPPED: "SKIPPED",
      SUCCESSFUL: "SUCCESSFUL"
    };
    var IntegrationStatus = {
      ACTIVE: "ACTIVE",
      DISABLING: "DISABLING",
      INACTIVE: "INACTIVE",
      IN_PROGRESS: "IN_PROGRESS",
      PENDING: "PENDING"
    };
    var IntegrationType = {
      GITHUB: "GITHUB",
      GITLAB_SELF_MANAGED: "GITLAB_SELF_MANAGED"
    };
    var PeriodicScanFrequency = {
      MONTHLY: "MONTHLY",
      NEVER: "NEVER",
      WEEKLY: "WEEKLY"
    };
    var ProjectSelectionScope = {
      ALL: "ALL"
    };
    var ConfigurationLevel = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATION: "ORGANIZATION"
    };
    var EnablementStatus = {
      DELETED: "DELETED",
      ENABLED: "ENABLED",
      FAILED_TO_DELETE: "FAILED_TO_DELETE",
      FAILED_TO_ENABLE: "FAILED_TO_ENABLE",
      FAILED_TO_UPDATE: "FAILED_TO_UPDATE",
      PENDING_DELETION: "PENDING_DELETION",
      PENDING_ENABLEMENT: "PENDING_ENABLEMENT",
      PENDING_UPDATE: "PENDING_UPDATE"
    };
    var ConnectorHealthStatus = {
      CONNECTED: "CONNECTED",
      DEGRADED: "DEGRADED",
      FAILED_TO_CONNECT: "FAILED_TO_CONNECT",
      PENDING_AUTHORIZATION: "PENDING_AUTHORIZATION",
      PENDING_CONFIGURATION: "PENDING_CONFIGURATION",
      UNKNOWN: "UNKNOWN"
    };
    var ConnectorCloudProvider = {
      AZURE: "AZURE"
    };
    var ConnectorArnComparison = {
      EQUALS: "EQUALS"
    };
    var ContainerImagePullDateRescanDuration = {
      DAYS_14: "DAYS_14",
      DAYS_180: "DAYS_180",
      DAYS_3: "DAYS_3",
      DAYS_30: "DAYS_30",
      DAYS_60: "DAYS_60",
      DAYS_7: "DAYS_7",
      DAYS_90: "DAYS_90"
    };
    var ContainerImageRescanDuration = {
      DAYS_14: "DAYS_14",
      DAYS_180: "DAYS_180",
      DAYS_3: "DAYS_3",
      DAYS_30: "DAYS_30",
      DAYS_60: "DAYS_60",
      DAYS_7: "DAYS_7",
      DAYS_90: "DAYS_90",
      LIFETIME: "LIFETIME"
    };
    var ConnectorTypeComparison = {
      EQUALS: "EQUALS"
    };
    var ConnectorType = {
      CUSTOMER_MANAGED: "CUSTOMER_MANAGED",
      SERVICE_LINKED: "SERVICE_LINKED"
    };
    var ProviderComparison = {
      EQUALS: "EQUALS"
    };
    var GroupKey = {
      ACCOUNT_ID: "ACCOUNT_ID",
      ECR_REPOSITORY_NAME: "ECR_REPOSITORY_NAME",
      PROVIDER: "PROVIDER",
      PROVIDER_ACCOUNT_ID: "PROVIDER_ACCOUNT_ID",
      PROVIDER_ORG_ID: "PROVIDER_ORG_ID",
      PROVIDER_REGION: "PROVIDER_REGION",
      RESOURCE_TYPE: "RESOURCE_TYPE",
      SCAN_STATUS_CODE: "SCAN_STATUS_CODE",
      SCAN_STATUS_REASON: "SCAN_STATUS_REASON"
    };
    var CoverageStringComparison = {
      EQUALS: "EQUALS",
      NOT_EQUALS: "NOT_EQUALS"
    };
    var CoverageMapComparison = {
      EQUALS: "EQUALS"
    };
    var CoverageResourceType = {
      AWS_EC2_INSTANCE: "AWS_EC2_INSTANCE",
      AWS_ECR_CONTAINER_IMAGE: "AWS_ECR_CONTAINER_IMAGE",
      AWS_ECR_REPOSITORY: "AWS_ECR_REPOSITORY",
      AWS_LAMBDA_FUNCTION: "AWS_LAMBDA_FUNCTION",
      CODE_REPOSITORY: "CODE_REPOSITORY",
      MICROSOFT_COMPUTE_VIRTUAL_MACHINES: "Microsoft.Compute/virtualMachines",
      MICROSOFT_CONTAINER_REGISTRY_REGISTRIES: "Microsoft.ContainerRegistry/registries",
      MICROSOFT_CONTAINER_REGISTRY_REGISTRY_CONTAINER_IMAGE: "Microsoft.ContainerRegistry/registry/containerImage",
      MICROSOFT_CONTAINER_REGISTRY_REGISTRY_CONTAINER_REPOSITORY: "Microsoft.ContainerRegistry/registry/containerRepository",
      MICROSOFT_WEB_SITES: "Microsoft.Web/sites"
    };
    var Ec2Platform = {
      LINUX: "LINUX",
      MACOS: "MACOS",
      UNKNOWN: "UNKNOWN",
      WINDOWS: "WINDOWS"
    };
    var EcrScanFrequency = {
      CONTINUOUS_SCAN: "CONTINUOUS_SCAN",
      MANUAL: "MANUAL",
      SCAN_ON_PUSH: "SCAN_ON_PUSH"
    };
    var VmPlatform = {
      LINUX: "LINUX",
      UNKNOWN: "UNKNOWN",
      WINDOWS: "WINDOWS"
    };
    var ScanMode = {
      EC2_AGENTLESS: "EC2_AGENTLESS",
      EC2_INSPECTOR_AGENT_BASED: "EC2_INSPECTOR_AGENT_BASED",
      EC2_SSM_AGENT_BASED: "EC2_SSM_AGENT_BASED",
      VM_INSPECTOR_AGENT_BASED: "VM_INSPECTOR_AGENT_BASED"
    };
    var ScanType = {
      CODE: "CODE",
      NETWORK: "NETWORK",
      PACKAGE: "PACKAGE"
    };
    var FilterAction = {
      NONE: "NONE",
      SUPPRESS: "SUPPRESS"
    };
    var ReportFormat = {
      CSV: "CSV",
      JSON: "JSON"
    };
    var SbomReportFormat = {
      CYCLONEDX_1_4: "CYCLONEDX_1_4",
      SPDX_2_3: "SPDX_2_3"
    };
    var ResourceStringComparison = {
      EQUALS: "EQUALS",
      NOT_EQUALS: "NOT_EQUALS"
    };
    var ResourceMapComparison = {
      EQUALS: "EQUALS"
    };
    var Currency = {
      USD: "USD"
    };
    var RelationshipStatus = {
      ACCOUNT_SUSPENDED: "ACCOUNT_SUSPENDED",
      CANNOT_CREATE_DETECTOR_IN_ORG_MASTER: "CANNOT_CREATE_DETECTOR_IN_ORG_MASTER",
      CREATED: "CREATED",
      DELETED: "DELETED",
      DISABLED: "DISABLED",
      EMAIL_VERIFICATION_FAILED: "EMAIL_VERIFICATION_FAILED",
      EMAIL_VERIFICATION_IN_PROGRESS: "EMAIL_VERIFICATION_IN_PROGRESS",
      ENABLED: "ENABLED",
      INVITED: "INVITED",
      REGION_DISABLED: "REGION_DISABLED",
      REMOVED: "REMOVED",
      RESIGNED: "RESIGNED"
    };
    var DelegatedAdminStatus = {
      DISABLE_IN_PROGRESS: "DISABLE_IN_PROGRESS",
      ENABLED: "ENABLED"
    };
    var ResourceScanType = {
      CODE_REPOSITORY: "CODE_REPOSITORY",
      EC2: "EC2",
      ECR: "ECR",
      LAMBDA: "LAMBDA",
      LAMBDA_CODE: "LAMBDA_CODE"
    };
    var Ec2ScanMode = {
      EC2_HYBRID: "EC2_HYBRID",
      EC2_SSM_AGENT_BASED: "EC2_SSM_AGENT_BASED"
    };
    var Ec2ScanModeStatus = {
      PENDING: "PENDING",
      SUCCESS: "SUCCESS"
    };
    var VMScannerStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      SUCCESS: "SUCCESS"
    };
    var EcrPullDateRescanDuration = {
      DAYS_14: "DAYS_14",
      DAYS_180: "DAYS_180",
      DAYS_3: "DAYS_3",
      DAYS_30: "DAYS_30",
      DAYS_60: "DAYS_60",
      DAYS_7: "DAYS_7",
      DAYS_90: "DAYS_90"
    };
    var EcrPullDateRescanMode = {
      LAST_IN_USE_AT: "LAST_IN_USE_AT",
      LAST_PULL_DATE: "LAST_PULL_DATE"
    };
    var EcrRescanDuration = {
      DAYS_14: "DAYS_14",
      DAYS_180: "DAYS_180",
      DAYS_3: "DAYS_3",
      DAYS_30: "DAYS_30",
      DAYS_60: "DAYS_60",
      DAYS_7: "DAYS_7",
      DAYS_90: "DAYS_90",
      LIFETIME: "LIFETIME"
    };
    var EcrRescanDurationStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      SUCCESS: "SUCCESS"
    };
    var ExploitAvailable = {
      NO: "NO",
      YES: "YES"
    };
    var ExternalReportStatus = {
      CANCELLED: "CANCELLED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var FixAvailable = {
      NO: "NO",
      PARTIAL: "PARTIAL",
      YES: "YES"
    };
    var NetworkProtocol = {
      TCP: "TCP",
      UDP: "UDP"
    };
    var PackageManager = {
      BUNDLER: "BUNDLER",
      CARGO: "CARGO",
      COMPOSER: "COMPOSER",
      DOTNET_CORE: "DOTNET_CORE",
      GEMSPEC: "GEMSPEC",
      GOBINARY: "GOBINARY",
      GOMOD: "GOMOD",
      JAR: "JAR",
      NODEPKG: "NODEPKG",
      NPM: "NPM",
      NUGET: "NUGET",
      OS: "OS",
      PIP: "PIP",
      PIPENV: "PIPENV",
      POETRY: "POETRY",
      POM: "POM",
      PYTHONPKG: "PYTHONPKG",
      YARN: "YARN"
    };
    var ResourceType = {
      AWS_EC2_INSTANCE: "AWS_EC2_INSTANCE",
      AWS_ECR_CONTAINER_IMAGE: "AWS_ECR_CONTAINER_IMAGE",
      AWS_ECR_REPOSITORY: "AWS_ECR_REPOSITORY",
      AWS_LAMBDA_FUNCTION: "AWS_LAMBDA_FUNCTION",
      CODE_REPOSITORY: "CODE_REPOSITORY",
      MICROSOFT_COMPUTE_VIRTUAL_MACHINES: "Microsoft.Compute/virtualMachines",
      MICROSOFT_CONTAINER_REGISTRY_REGISTRY_CONTAINER_IMAGE: "Microsoft.ContainerRegistry/registry/containerImage",
      MICROSOFT_WEB_SITES: "Microsoft.Web/sites"
    };
    var Severity = {
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      INFORMATIONAL: "INFORMATIONAL",
      LOW: "LOW",
      MEDIUM: "MEDIUM",
      UNTRIAGED: "UNTRIAGED"
    };
    var FindingStatus = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      SUPPRESSED: "SUPPRESSED"
    };
    var FindingType = {
      CODE_VULNERABILITY: "CODE_VULNERABILITY",
      NETWORK_REACHABILITY: "NETWORK_REACHABILITY",
      PACKAGE_VULNERABILITY: "PACKAGE_VULNERABILITY"
    };
    var ReportingErrorCode = {
      BUCKET_NOT_FOUND: "BUCKET_NOT_FOUND",
      INCOMPATIBLE_BUCKET_REGION: "INCOMPATIBLE_BUCKET_REGION",
      INTERNAL_ERROR: "INTERNAL_ERROR",
      INVALID_PERMISSIONS: "INVALID_PERMISSIONS",
      MALFORMED_KMS_KEY: "MALFORMED_KMS_KEY",
      NO_FINDINGS_FOUND: "NO_FINDINGS_FOUND"
    };
    var InheritanceMode = {
      INHERIT_FROM_ADMIN: "INHERIT_FROM_ADMIN"
    };
    var Service = {
      EC2: "EC2",
      ECR: "ECR",
      LAMBDA: "LAMBDA"
    };
    var Operation = {
      DISABLE_REPOSITORY: "DISABLE_REPOSITORY",
      DISABLE_SCANNING: "DISABLE_SCANNING",
      ENABLE_REPOSITORY: "ENABLE_REPOSITORY",
      ENABLE_SCANNING: "ENABLE_SCANNING"
    };
    var ListCisScansDetailLevel = {
      MEMBER: "MEMBER",
      ORGANIZATION: "ORGANIZATION"
    };
    var ListCisScansSortBy = {
      FAILED_CHECKS: "FAILED_CHECKS",
      SCAN_START_DATE: "SCAN_START_DATE",
      SCHEDULED_BY: "SCHEDULED_BY",
      STATUS: "STATUS"
    };
    var SortField = {
      AWS_ACCOUNT_ID: "AWS_ACCOUNT_ID",
      COMPONENT_TYPE: "COMPONENT_TYPE",
      ECR_IMAGE_PUSHED_AT: "ECR_IMAGE_PUSHED_AT",
      ECR_IMAGE_REGISTRY: "ECR_IMAGE_REGISTRY",
      ECR_IMAGE_REPOSITORY_NAME: "ECR_IMAGE_REPOSITORY_NAME",
      EPSS_SCORE: "EPSS_SCORE",
      FINDING_STATUS: "FINDING_STATUS",
      FINDING_TYPE: "FINDING_TYPE",
      FIRST_OBSERVED_AT: "FIRST_OBSERVED_AT",
      INSPECTOR_SCORE: "INSPECTOR_SCORE",
      LAST_OBSERVED_AT: "LAST_OBSERVED_AT",
      NETWORK_PROTOCOL: "NETWORK_PROTOCOL",
      RESOURCE_TYPE: "RESOURCE_TYPE",
      SEVERITY: "SEVERITY",
      VENDOR_SEVERITY: "VENDOR_SEVERITY",
      VULNERABILITY_ID: "VULNERABILITY_ID",
      VULNERABILITY_SOURCE: "VULNERABILITY_SOURCE"
    };
    var UsageType = {
      AZURE_CONTAINER_IMAGE_INITIAL_SCAN: "AZURE_CONTAINER_IMAGE_INITIAL_SCAN",
      AZURE_CONTAINER_IMAGE_RESCAN: "AZURE_CONTAINER_IMAGE_RESCAN",
      AZURE_SERVERLESS_FUNCTION_HOURS: "AZURE_SERVERLESS_FUNCTION_HOURS",
      AZURE_VM_AGENT_BASED_INSTANCE_HOURS: "AZURE_VM_AGENT_BASED_INSTANCE_HOURS",
      CODE_REPOSITORY_IAC: "CODE_REPOSITORY_IAC",
      CODE_REPOSITORY_SAST: "CODE_REPOSITORY_SAST",
      CODE_REPOSITORY_SCA: "CODE_REPOSITORY_SCA",
      EC2_AGENTLESS_INSTANCE_HOURS: "EC2_AGENTLESS_INSTANCE_HOURS",
      EC2_INSTANCE_HOURS: "EC2_INSTANCE_HOURS",
      ECR_INITIAL_SCAN: "ECR_INITIAL_SCAN",
      ECR_RESCAN: "ECR_RESCAN",
      LAMBDA_FUNCTION_CODE_HOURS: "LAMBDA_FUNCTION_CODE_HOURS",
      LAMBDA_FUNCTION_HOURS: "LAMBDA_FUNCTION_HOURS"
    };
    var VulnerabilitySource = {
      NVD: "NVD"
    };
    var StopCisSessionStatus = {
      FAILED: "FAILED",
      INTERRUPTED: "INTERRUPTED",
      SUCCESS: "SUCCESS",
      UNSUPPORTED_OS: "UNSUPPORTED_OS"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.Account$ = Account$;
    exports.AccountAggregation$ = AccountAggregation$;
    exports.AccountAggregationResponse$ = AccountAggregationResponse$;
    exports.AccountSortBy = AccountSortBy;
    exports.AccountState$ = AccountState$;
    exports.AggregationFindingType = AggregationFindingType;
    exports.AggregationRequest$ = AggregationRequest$;
    exports.AggregationResourceType = AggregationResourceType;
    exports.AggregationResponse$ = AggregationResponse$;
    exports.AggregationType = AggregationType;
    exports.AmiAggregation$ = AmiAggregation$;
    exports.AmiAggregationResponse$ = AmiAggregationResponse$;
    exports.AmiSortBy = AmiSortBy;
    exports.Architecture = Architecture;
    exports.AssociateConfigurationRequest$ = AssociateConfigurationRequest$;
    exports.AssociateMember$ = AssociateMember$;
    exports.AssociateMemberCommand = AssociateMemberCommand;
    exports.AssociateMemberRequest$ = AssociateMemberRequest$;
    exports.AssociateMemberResponse$ = AssociateMemberResponse$;
    exports.AssociationResultStatusCode = AssociationResultStatusCode;
    exports.AtigData$ = AtigData$;
    exports.AutoEnable$ = AutoEnable$;
    exports.AwsConfigConnectorArnComparison = AwsConfigConnectorArnComparison;
    exports.AwsConfigConnectorArnFilter$ = AwsConfigConnectorArnFilter$;
    exports.AwsEc2InstanceDetails$ = AwsEc2InstanceDetails$;
    exports.AwsEcrContainerAggregation$ = AwsEcrContainerAggregation$;
    exports.AwsEcrContainerAggregationResponse$ = AwsEcrContainerAggregationResponse$;
    exports.AwsEcrContainerImageDetails$ = AwsEcrContainerImageDetails$;
    exports.AwsEcrContainerSortBy = AwsEcrContainerSortBy;
    exports.AwsEcsMetadataDetails$ = AwsEcsMetadataDetails$;
    exports.AwsEksMetadataDetails$ = AwsEksMetadataDetails$;
    exports.AwsEksWorkloadInfo$ = AwsEksWorkloadInfo$;
    exports.AwsLambdaFunctionDetails$ = AwsLambdaFunctionDetails$;
    exports.AzureProviderDetailCreate$ = AzureProviderDetailCreate$;
    exports.AzureProviderDetailUpdate$ = AzureProviderDetailUpdate$;
    exports.AzureScopeConfiguration$ = AzureScopeConfiguration$;
    exports.AzureScopeConfigurationInput$ = AzureScopeConfigurationInput$;
    exports.BadRequestException = BadRequestException;
    exports.BadRequestException$ = BadRequestException$;
    exports.BatchAssociateCodeSecurityScanConfiguration$ = BatchAssociateCodeSecurityScanConfiguration$;
    exports.BatchAssociateCodeSecurityScanConfigurationCommand = BatchAssociateCodeSecurityScanConfigurationCommand;
    exports.BatchAssociateCodeSecurityScanConfigurationRequest$ = BatchAssociateCodeSecurityScanConfigurationRequest$;
    exports.BatchAssociateCodeSecurityScanConfigurationResponse$ = BatchAssociateCodeSecurityScanConfigurationResponse$;
    exports.BatchDisassociateCodeSecurityScanConfiguration$ = BatchDisassociateCodeSecurityScanConfiguration$;
    exports.BatchDisassociateCodeSecurityScanConfigurationCommand = BatchDisassociateCodeSecurityScanConfigurationCommand;
    exports.BatchDisassociateCodeSecurityScanConfigurationRequest$ = BatchDisassociateCodeSecurityScanConfigurationRequest$;
    exports.BatchDisassociateCodeSecurityScanConfigurationResponse$ = BatchDisassociateCodeSecurityScanConfigurationResponse$;
    exports.BatchGetAccountStatus$ = BatchGetAccountStatus$;
    exports.BatchGetAccountStatusCommand = BatchGetAccountStatusCommand;
    exports.BatchGetAccountStatusRequest$ = BatchGetAccountStatusRequest$;
    exports.BatchGetAccountStatusResponse$ = BatchGetAccountStatusResponse$;
    exports.BatchGetCodeSnippet$ = BatchGetCodeSnippet$;
    exports.BatchGetCodeSnippetCommand = BatchGetCodeSnippetCommand;
    exports.BatchGetCodeSnippetRequest$ = BatchGetCodeSnippetRequest$;
    exports.BatchGetCodeSnippetResponse$ = BatchGetCodeSnippetResponse$;
    exports.BatchGetFindingDetails$ = BatchGetFindingDetails$;
    exports.BatchGetFindingDetailsCommand = BatchGetFindingDetailsCommand2;
    exports.BatchGetFindingDetailsRequest$ = BatchGetFindingDetailsRequest$;
    exports.BatchGetFindingDetailsResponse$ = BatchGetFindingDetailsResponse$;
    exports.BatchGetFreeTrialInfo$ = BatchGetFreeTrialInfo$;
    exports.BatchGetFreeTrialInfoCommand = BatchGetFreeTrialInfoCommand;
    exports.BatchGetFreeTrialInfoRequest$ = BatchGetFreeTrialInfoRequest$;
    exports.BatchGetFreeTrialInfoResponse$ = BatchGetFreeTrialInfoResponse$;
    exports.BatchGetMemberEc2DeepInspectionStatus$ = BatchGetMemberEc2DeepInspectionStatus$;
    exports.BatchGetMemberEc2DeepInspectionStatusCommand = BatchGetMemberEc2DeepInspectionStatusCommand;
    exports.BatchGetMemberEc2DeepInspectionStatusRequest$ = BatchGetMemberEc2DeepInspectionStatusRequest$;
    exports.BatchGetMemberEc2DeepInspectionStatusResponse$ = BatchGetMemberEc2DeepInspectionStatusResponse$;
    exports.BatchUpdateMemberEc2DeepInspectionStatus$ = BatchUpdateMemberEc2DeepInspectionStatus$;
    exports.BatchUpdateMemberEc2DeepInspectionStatusCommand = BatchUpdateMemberEc2DeepInspectionStatusCommand;
    exports.BatchUpdateMemberEc2DeepInspectionStatusRequest$ = BatchUpdateMemberEc2DeepInspectionStatusRequest$;
    exports.BatchUpdateMemberEc2DeepInspectionStatusResponse$ = BatchUpdateMemberEc2DeepInspectionStatusResponse$;
    exports.CancelFindingsReport$ = CancelFindingsReport$;
    exports.CancelFindingsReportCommand = CancelFindingsReportCommand;
    exports.CancelFindingsReportRequest$ = CancelFindingsReportRequest$;
    exports.CancelFindingsReportResponse$ = CancelFindingsReportResponse$;
    exports.CancelSbomExport$ = CancelSbomExport$;
    exports.CancelSbomExportCommand = CancelSbomExportCommand;
    exports.CancelSbomExportRequest$ = CancelSbomExportRequest$;
    exports.CancelSbomExportResponse$ = CancelSbomExportResponse$;
    exports.CisCheckAggregation$ = CisCheckAggregation$;
    exports.CisDateFilter$ = CisDateFilter$;
    exports.CisFindingStatus = CisFindingStatus;
    exports.CisFindingStatusComparison = CisFindingStatusComparison;
    exports.CisFindingStatusFilter$ = CisFindingStatusFilter$;
    exports.CisNumberFilter$ = CisNumberFilter$;
    exports.CisReportFormat = CisReportFormat;
    exports.CisReportStatus = CisReportStatus;
    exports.CisResultStatus = CisResultStatus;
    exports.CisResultStatusComparison = CisResultStatusComparison;
    exports.CisResultStatusFilter$ = CisResultStatusFilter$;
    exports.CisRuleStatus = CisRuleStatus;
    exports.CisScan$ = CisScan$;
    exports.CisScanConfiguration$ = CisScanConfiguration$;
    exports.CisScanConfigurationsSortBy = CisScanConfigurationsSortBy;
    exports.CisScanResultDetails$ = CisScanResultDetails$;
    exports.CisScanResultDetailsFilterCriteria$ = CisScanResultDetailsFilterCriteria$;
    exports.CisScanResultDetailsSortBy = CisScanResultDetailsSortBy;
    exports.CisScanResultsAggregatedByChecksFilterCriteria$ = CisScanResultsAggregatedByChecksFilterCriteria$;
    exports.CisScanResultsAggregatedByChecksSortBy = CisScanResultsAggregatedByChecksSortBy;
    exports.CisScanResultsAggregatedByTargetResourceFilterCriteria$ = CisScanResultsAggregatedByTargetResourceFilterCriteria$;
    exports.CisScanResultsAggregatedByTargetResourceSortBy = CisScanResultsAggregatedByTargetResourceSortBy;
    exports.CisScanStatus = CisScanStatus;
    exports.CisScanStatusComparison = CisScanStatusComparison;
    exports.CisScanStatusFilter$ = CisScanStatusFilter$;
    exports.CisSecurityLevel = CisSecurityLevel;
    exports.CisSecurityLevelComparison = CisSecurityLevelComparison;
    exports.CisSecurityLevelFilter$ = CisSecurityLevelFilter$;
    exports.CisSessionMessage$ = CisSessionMessage$;
    exports.CisSortOrder = CisSortOrder;
    exports.CisStringComparison = CisStringComparison;
    exports.CisStringFilter$ = CisStringFilter$;
    exports.CisTargetResourceAggregation$ = CisTargetResourceAggregation$;
    exports.CisTargetStatus = CisTargetStatus;
    exports.CisTargetStatusComparison = CisTargetStatusComparison;
    exports.CisTargetStatusFilter$ = CisTargetStatusFilter$;
    exports.CisTargetStatusReason = CisTargetStatusReason;
    exports.CisTargetStatusReasonFilter$ = CisTargetStatusReasonFilter$;
    exports.CisTargets$ = CisTargets$;
    exports.CisaData$ = CisaData$;
    exports.CloudProvider = CloudProvider;
    exports.ClusterDetails$ = ClusterDetails$;
    exports.ClusterForImageFilterCriteria$ = ClusterForImageFilterCriteria$;
    exports.ClusterInformation$ = ClusterInformation$;
    exports.ClusterMetadata$ = ClusterMetadata$;
    exports.CodeFilePath$ = CodeFilePath$;
    exports.CodeLine$ = CodeLine$;
    exports.CodeRepositoryAggregation$ = CodeRepositoryAggregation$;
    exports.CodeRepositoryAggregationResponse$ = CodeRepositoryAggregationResponse$;
    exports.CodeRepositoryDetails$ = CodeRepositoryDetails$;
    exports.CodeRepositoryMetadata$ = CodeRepositoryMetadata$;
    exports.CodeRepositoryOnDemandScan$ = CodeRepositoryOnDemandScan$;
    exports.CodeRepositoryProviderType = CodeRepositoryProviderType;
    exports.CodeRepositorySortBy = CodeRepositorySortBy;
    exports.CodeScanStatus = CodeScanStatus;
    exports.CodeSecurityIntegrationSummary$ = CodeSecurityIntegrationSummary$;
    exports.CodeSecurityResource$ = CodeSecurityResource$;
    exports.CodeSecurityScanConfiguration$ = CodeSecurityScanConfiguration$;
    exports.CodeSecurityScanConfigurationAssociationSummary$ = CodeSecurityScanConfigurationAssociationSummary$;
    exports.CodeSecurityScanConfigurationSummary$ = CodeSecurityScanConfigurationSummary$;
    exports.CodeSnippetError$ = CodeSnippetError$;
    exports.CodeSnippetErrorCode = CodeSnippetErrorCode;
    exports.CodeSnippetResult$ = CodeSnippetResult$;
    exports.CodeVulnerabilityDetails$ = CodeVulnerabilityDetails$;
    exports.ComputePlatform$ = ComputePlatform$;
    exports.ConfigurationLevel = ConfigurationLevel;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.Connector$ = Connector$;
    exports.ConnectorArnComparison = ConnectorArnComparison;
    exports.ConnectorArnFilter$ = ConnectorArnFilter$;
    exports.ConnectorCloudProvider = ConnectorCloudProvider;
    exports.ConnectorContainerImageScanConfiguration$ = ConnectorContainerImageScanConfiguration$;
    exports.ConnectorFilterCriteria$ = ConnectorFilterCriteria$;
    exports.ConnectorHealth$ = ConnectorHealth$;
    exports.ConnectorHealthStatus = ConnectorHealthStatus;
    exports.ConnectorScanConfiguration$ = ConnectorScanConfiguration$;
    exports.ConnectorScanConfigurationItem$ = ConnectorScanConfigurationItem$;
    exports.ConnectorType = ConnectorType;
    exports.ConnectorTypeComparison = ConnectorTypeComparison;
    exports.ConnectorTypeFilter$ = ConnectorTypeFilter$;
    exports.ContainerImageAggregation$ = ContainerImageAggregation$;
    exports.ContainerImageAggregationResponse$ = ContainerImageAggregationResponse$;
    exports.ContainerImageMetadata$ = ContainerImageMetadata$;
    exports.ContainerImagePullDateRescanDuration = ContainerImagePullDateRescanDuration;
    exports.ContainerImageRescanDuration = ContainerImageRescanDuration;
    exports.ContainerImageSortBy = ContainerImageSortBy;
    exports.ContainerRegistryMetadata$ = ContainerRegistryMetadata$;
    exports.ContainerRepositoryMetadata$ = ContainerRepositoryMetadata$;
    exports.ContinuousIntegrationScanConfiguration$ = ContinuousIntegrationScanConfiguration$;
    exports.ContinuousIntegrationScanEvent = ContinuousIntegrationScanEvent;
    exports.Counts$ = Counts$;
    exports.CoverageDateFilter$ = CoverageDateFilter$;
    exports.CoverageFilterCriteria$ = CoverageFilterCriteria$;
    exports.CoverageMapComparison = CoverageMapComparison;
    exports.CoverageMapFilter$ = CoverageMapFilter$;
    exports.CoverageNumberFilter$ = CoverageNumberFilter$;
    exports.CoverageResourceType = CoverageResourceType;
    exports.CoverageStringComparison = CoverageStringComparison;
    exports.CoverageStringFilter$ = CoverageStringFilter$;
    exports.CoveredResource$ = CoveredResource$;
    exports.CreateCisScanConfiguration$ = CreateCisScanConfiguration$;
    exports.CreateCisScanConfigurationCommand = CreateCisScanConfigurationCommand;
    exports.CreateCisScanConfigurationRequest$ = CreateCisScanConfigurationRequest$;
    exports.CreateCisScanConfigurationResponse$ = CreateCisScanConfigurationResponse$;
    exports.CreateCisTargets$ = CreateCisTargets$;
    exports.CreateCodeSecurityIntegration$ = CreateCodeSecurityIntegration$;
    exports.CreateCodeSecurityIntegrationCommand = CreateCodeSecurityIntegrationCommand;
    exports.CreateCodeSecurityIntegrationRequest$ = CreateCodeSecurityIntegrationRequest$;
    exports.CreateCodeSecurityIntegrationResponse$ = CreateCodeSecurityIntegrationResponse$;
    exports.CreateCodeSecurityScanConfiguration$ = CreateCodeSecurityScanConfiguration$;
    exports.CreateCodeSecurityScanConfigurationCommand = CreateCodeSecurityScanConfigurationCommand;
    exports.CreateCodeSecurityScanConfigurationRequest$ = CreateCodeSecurityScanConfigurationRequest$;
    exports.CreateCodeSecurityScanConfigurationResponse$ = CreateCodeSecurityScanConfigurationResponse$;
    exports.CreateConnector$ = CreateConnector$;
    exports.CreateConnectorCommand = CreateConnectorCommand;
    exports.CreateConnectorRequest$ = CreateConnectorRequest$;
    exports.CreateConnectorResponse$ = CreateConnectorResponse$;
    exports.CreateFilter$ = CreateFilter$;
    exports.CreateFilterCommand = CreateFilterCommand;
    exports.CreateFilterRequest$ = CreateFilterRequest$;
    exports.CreateFilterResponse$ = CreateFilterResponse$;
    exports.CreateFindingsReport$ = CreateFindingsReport$;
    exports.CreateFindingsReportCommand = CreateFindingsReportCommand;
    exports.CreateFindingsReportRequest$ = CreateFindingsReportRequest$;
    exports.CreateFindingsReportResponse$ = CreateFindingsReportResponse$;
    exports.CreateGitLabSelfManagedIntegrationDetail$ = CreateGitLabSelfManagedIntegrationDetail$;
    exports.CreateIntegrationDetail$ = CreateIntegrationDetail$;
    exports.CreateSbomExport$ = CreateSbomExport$;
    exports.CreateSbomExportCommand = CreateSbomExportCommand;
    exports.CreateSbomExportRequest$ = CreateSbomExportRequest$;
    exports.CreateSbomExportResponse$ = CreateSbomExportResponse$;
    exports.Currency = Currency;
    exports.Cvss2$ = Cvss2$;
    exports.Cvss3$ = Cvss3$;
    exports.Cvss4$ = Cvss4$;
    exports.CvssScore$ = CvssScore$;
    exports.CvssScoreAdjustment$ = CvssScoreAdjustment$;
    exports.CvssScoreDetails$ = CvssScoreDetails$;
    exports.DailySchedule$ = DailySchedule$;
    exports.DateFilter$ = DateFilter$;
    exports.Day = Day;
    exports.DelegatedAdmin$ = DelegatedAdmin$;
    exports.DelegatedAdminAccount$ = DelegatedAdminAccount$;
    exports.DelegatedAdminStatus = DelegatedAdminStatus;
    exports.DeleteCisScanConfiguration$ = DeleteCisScanConfiguration$;
    exports.DeleteCisScanConfigurationCommand = DeleteCisScanConfigurationCommand;
    exports.DeleteCisScanConfigurationRequest$ = DeleteCisScanConfigurationRequest$;
    exports.DeleteCisScanConfigurationResponse$ = DeleteCisScanConfigurationResponse$;
    exports.DeleteCodeSecurityIntegration$ = DeleteCodeSecurityIntegration$;
    exports.DeleteCodeSecurityIntegrationCommand = DeleteCodeSecurityIntegrationCommand;
    exports.DeleteCodeSecurityIntegrationRequest$ = DeleteCodeSecurityIntegrationRequest$;
    exports.DeleteCodeSecurityIntegrationResponse$ = DeleteCodeSecurityIntegrationResponse$;
    exports.DeleteCodeSecurityScanConfiguration$ = DeleteCodeSecurityScanConfiguration$;
    exports.DeleteCodeSecurityScanConfigurationCommand = DeleteCodeSecurityScanConfigurationCommand;
    exports.DeleteCodeSecurityScanConfigurationRequest$ = DeleteCodeSecurityScanConfigurationRequest$;
    exports.DeleteCodeSecurityScanConfigurationResponse$ = DeleteCodeSecurityScanConfigurationResponse$;
    exports.DeleteConnector$ = DeleteConnector$;
    exports.DeleteConnectorCommand = DeleteConnectorCommand;
    exports.DeleteConnectorRequest$ = DeleteConnectorRequest$;
    exports.DeleteConnectorResponse$ = DeleteConnectorResponse$;
    exports.DeleteFilter$ = DeleteFilter$;
    exports.DeleteFilterCommand = DeleteFilterCommand;
    exports.DeleteFilterRequest$ = DeleteFilterRequest$;
    exports.DeleteFilterResponse$ = DeleteFilterResponse$;
    exports.DescribeOrganizationConfiguration$ = DescribeOrganizationConfiguration$;
    exports.DescribeOrganizationConfigurationCommand = DescribeOrganizationConfigurationCommand;
    exports.DescribeOrganizationConfigurationRequest$ = DescribeOrganizationConfigurationRequest$;
    exports.DescribeOrganizationConfigurationResponse$ = DescribeOrganizationConfigurationResponse$;
    exports.Destination$ = Destination$;
    exports.Disable$ = Disable$;
    exports.DisableCommand = DisableCommand;
    exports.DisableDelegatedAdminAccount$ = DisableDelegatedAdminAccount$;
    exports.DisableDelegatedAdminAccountCommand = DisableDelegatedAdminAccountCommand;
    exports.DisableDelegatedAdminAccountRequest$ = DisableDelegatedAdminAccountRequest$;
    exports.DisableDelegatedAdminAccountResponse$ = DisableDelegatedAdminAccountResponse$;
    exports.DisableRequest$ = DisableRequest$;
    exports.DisableResponse$ = DisableResponse$;
    exports.DisassociateConfigurationRequest$ = DisassociateConfigurationRequest$;
    exports.DisassociateMember$ = DisassociateMember$;
    exports.DisassociateMemberCommand = DisassociateMemberCommand;
    exports.DisassociateMemberRequest$ = DisassociateMemberRequest$;
    exports.DisassociateMemberResponse$ = DisassociateMemberResponse$;
    exports.Ec2Configuration$ = Ec2Configuration$;
    exports.Ec2ConfigurationState$ = Ec2ConfigurationState$;
    exports.Ec2DeepInspectionStatus = Ec2DeepInspectionStatus;
    exports.Ec2InstanceAggregation$ = Ec2InstanceAggregation$;
    exports.Ec2InstanceAggregationResponse$ = Ec2InstanceAggregationResponse$;
    exports.Ec2InstanceSortBy = Ec2InstanceSortBy;
    exports.Ec2Metadata$ = Ec2Metadata$;
    exports.Ec2Platform = Ec2Platform;
    exports.Ec2ScanMode = Ec2ScanMode;
    exports.Ec2ScanModeState$ = Ec2ScanModeState$;
    exports.Ec2ScanModeStatus = Ec2ScanModeStatus;
    exports.EcrConfiguration$ = EcrConfiguration$;
    exports.EcrConfigurationState$ = EcrConfigurationState$;
    exports.EcrContainerImageMetadata$ = EcrContainerImageMetadata$;
    exports.EcrPullDateRescanDuration = EcrPullDateRescanDuration;
    exports.EcrPullDateRescanMode = EcrPullDateRescanMode;
    exports.EcrRepositoryMetadata$ = EcrRepositoryMetadata$;
    exports.EcrRescanDuration = EcrRescanDuration;
    exports.EcrRescanDurationState$ = EcrRescanDurationState$;
    exports.EcrRescanDurationStatus = EcrRescanDurationStatus;
    exports.EcrScanFrequency = EcrScanFrequency;
    exports.Enable$ = Enable$;
    exports.EnableCommand = EnableCommand;
    exports.EnableDelegatedAdminAccount$ = EnableDelegatedAdminAccount$;
    exports.EnableDelegatedAdminAccountCommand = EnableDelegatedAdminAccountCommand;
    exports.EnableDelegatedAdminAccountRequest$ = EnableDelegatedAdminAccountRequest$;
    exports.EnableDelegatedAdminAccountResponse$ = EnableDelegatedAdminAccountResponse$;
    exports.EnableRequest$ = EnableRequest$;
    exports.EnableResponse$ = EnableResponse$;
    exports.EnablementStatus = EnablementStatus;
    exports.Epss$ = Epss$;
    exports.EpssDetails$ = EpssDetails$;
    exports.ErrorCode = ErrorCode;
    exports.Evidence$ = Evidence$;
    exports.ExploitAvailable = ExploitAvailable;
    exports.ExploitObserved$ = ExploitObserved$;
    exports.ExploitabilityDetails$ = ExploitabilityDetails$;
    exports.ExternalReportStatus = ExternalReportStatus;
    exports.FailedAccount$ = FailedAccount$;
    exports.FailedAssociationResult$ = FailedAssociationResult$;
    exports.FailedMemberAccountEc2DeepInspectionStatusState$ = FailedMemberAccountEc2DeepInspectionStatusState$;
    exports.Filter$ = Filter$;
    exports.FilterAction = FilterAction;
    exports.FilterCriteria$ = FilterCriteria$;
    exports.Finding$ = Finding$;
    exports.FindingDetail$ = FindingDetail$;
    exports.FindingDetailsError$ = FindingDetailsError$;
    exports.FindingDetailsErrorCode = FindingDetailsErrorCode;
    exports.FindingStatus = FindingStatus;
    exports.FindingType = FindingType;
    exports.FindingTypeAggregation$ = FindingTypeAggregation$;
    exports.FindingTypeAggregationResponse$ = FindingTypeAggregationResponse$;
    exports.FindingTypeSortBy = FindingTypeSortBy;
    exports.FixAvailable = FixAvailable;
    exports.FreeTrialAccountInfo$ = FreeTrialAccountInfo$;
    exports.FreeTrialInfo$ = FreeTrialInfo$;
    exports.FreeTrialInfoError$ = FreeTrialInfoError$;
    exports.FreeTrialInfoErrorCode = FreeTrialInfoErrorCode;
    exports.FreeTrialStatus = FreeTrialStatus;
    exports.FreeTrialType = FreeTrialType;
    exports.GetCisScanReport$ = GetCisScanReport$;
    exports.GetCisScanReportCommand = GetCisScanReportCommand;
    exports.GetCisScanReportRequest$ = GetCisScanReportRequest$;
    exports.GetCisScanReportResponse$ = GetCisScanReportResponse$;
    exports.GetCisScanResultDetails$ = GetCisScanResultDetails$;
    exports.GetCisScanResultDetailsCommand = GetCisScanResultDetailsCommand;
    exports.GetCisScanResultDetailsRequest$ = GetCisScanResultDetailsRequest$;
    exports.GetCisScanResultDetailsResponse$ = GetCisScanResultDetailsResponse$;
    exports.GetClustersForImage$ = GetClustersForImage$;
    exports.GetClustersForImageCommand = GetClustersForImageCommand;
    exports.GetClustersForImageRequest$ = GetClustersForImageRequest$;
    exports.GetClustersForImageResponse$ = GetClustersForImageResponse$;
    exports.GetCodeSecurityIntegration$ = GetCodeSecurityIntegration$;
    exports.GetCodeSecurityIntegrationCommand = GetCodeSecurityIntegrationCommand;
    exports.GetCodeSecurityIntegrationRequest$ = GetCodeSecurityIntegrationRequest$;
    exports.GetCodeSecurityIntegrationResponse$ = GetCodeSecurityIntegrationResponse$;
    exports.GetCodeSecurityScan$ = GetCodeSecurityScan$;
    exports.GetCodeSecurityScanCommand = GetCodeSecurityScanCommand;
    exports.GetCodeSecurityScanConfiguration$ = GetCodeSecurityScanConfiguration$;
    exports.GetCodeSecurityScanConfigurationCommand = GetCodeSecurityScanConfigurationCommand;
    exports.GetCodeSecurityScanConfigurationRequest$ = GetCodeSecurityScanConfigurationRequest$;
    exports.GetCodeSecurityScanConfigurationResponse$ = GetCodeSecurityScanConfigurationResponse$;
    exports.GetCodeSecurityScanRequest$ = GetCodeSecurityScanRequest$;
    exports.GetCodeSecurityScanResponse$ = GetCodeSecurityScanResponse$;
    exports.GetConfiguration$ = GetConfiguration$;
    exports.GetConfigurationCommand = GetConfigurationCommand;
    exports.GetConfigurationRequest$ = GetConfigurationRequest$;
    exports.GetConfigurationResponse$ = GetConfigurationResponse$;
    exports.GetDelegatedAdminAccount$ = GetDelegatedAdminAccount$;
    exports.GetDelegatedAdminAccountCommand = GetDelegatedAdminAccountCommand;
    exports.GetDelegatedAdminAccountRequest$ = GetDelegatedAdminAccountRequest$;
    exports.GetDelegatedAdminAccountResponse$ = GetDelegatedAdminAccountResponse$;
    exports.GetEc2DeepInspectionConfiguration$ = GetEc2DeepInspectionConfiguration$;
    exports.GetEc2DeepInspectionConfigurationCommand = GetEc2DeepInspectionConfigurationCommand;
    exports.GetEc2DeepInspectionConfigurationRequest$ = GetEc2DeepInspectionConfigurationRequest$;
    exports.GetEc2DeepInspectionConfigurationResponse$ = GetEc2DeepInspectionConfigurationResponse$;
    exports.GetEncryptionKey$ = GetEncryptionKey$;
    exports.GetEncryptionKeyCommand = GetEncryptionKeyCommand;
    exports.GetEncryptionKeyRequest$ = GetEncryptionKeyRequest$;
    exports.GetEncryptionKeyResponse$ = GetEncryptionKeyResponse$;
    exports.GetFindingsReportStatus$ = GetFindingsReportStatus$;
    exports.GetFindingsReportStatusCommand = GetFindingsReportStatusCommand;
    exports.GetFindingsReportStatusRequest$ = GetFindingsReportStatusRequest$;
    exports.GetFindingsReportStatusResponse$ = GetFindingsReportStatusResponse$;
    exports.GetMember$ = GetMember$;
    exports.GetMemberCommand = GetMemberCommand;
    exports.GetMemberRequest$ = GetMemberRequest$;
    exports.GetMemberResponse$ = GetMemberResponse$;
    exports.GetSbomExport$ = GetSbomExport$;
    exports.GetSbomExportCommand = GetSbomExportCommand;
    exports.GetSbomExportRequest$ = GetSbomExportRequest$;
    exports.GetSbomExportResponse$ = GetSbomExportResponse$;
    exports.GroupKey = GroupKey;
    exports.Image$ = Image$;
    exports.ImageLayerAggregation$ = ImageLayerAggregation$;
    exports.ImageLayerAggregationResponse$ = ImageLayerAggregationResponse$;
    exports.ImageLayerSortBy = ImageLayerSortBy;
    exports.InheritanceMode = InheritanceMode;
    exports.Inspector2 = Inspector2;
    exports.Inspector2Client = Inspector2Client2;
    exports.Inspector2ServiceException = Inspector2ServiceException;
    exports.Inspector2ServiceException$ = Inspector2ServiceException$;
    exports.InspectorScoreDetails$ = InspectorScoreDetails$;
    exports.IntegrationStatus = IntegrationStatus;
    exports.IntegrationType = IntegrationType;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.LambdaFunctionAggregation$ = LambdaFunctionAggregation$;
    exports.LambdaFunctionAggregationResponse$ = LambdaFunctionAggregationResponse$;
    exports.LambdaFunctionMetadata$ = LambdaFunctionMetadata$;
    exports.LambdaFunctionSortBy = LambdaFunctionSortBy;
    exports.LambdaLayerAggregation$ = LambdaLayerAggregation$;
    exports.LambdaLayerAggregationResponse$ = LambdaLayerAggregationResponse$;
    exports.LambdaLayerSortBy = LambdaLayerSortBy;
    exports.LambdaVpcConfig$ = LambdaVpcConfig$;
    exports.ListAccountPermissions$ = ListAccountPermissions$;
    exports.ListAccountPermissionsCommand = ListAccountPermissionsCommand;
    exports.ListAccountPermissionsRequest$ = ListAccountPermissionsRequest$;
    exports.ListAccountPermissionsResponse$ = ListAccountPermissionsResponse$;
    exports.ListCisScanConfigurations$ = ListCisScanConfigurations$;
    exports.ListCisScanConfigurationsCommand = ListCisScanConfigurationsCommand;
    exports.ListCisScanConfigurationsFilterCriteria$ = ListCisScanConfigurationsFilterCriteria$;
    exports.ListCisScanConfigurationsRequest$ = ListCisScanConfigurationsRequest$;
    exports.ListCisScanConfigurationsResponse$ = ListCisScanConfigurationsResponse$;
    exports.ListCisScanResultsAggregatedByChecks$ = ListCisScanResultsAggregatedByChecks$;
    exports.ListCisScanResultsAggregatedByChecksCommand = ListCisScanResultsAggregatedByChecksCommand;
    exports.ListCisScanResultsAggregatedByChecksRequest$ = ListCisScanResultsAggregatedByChecksRequest$;
    exports.ListCisScanResultsAggregatedByChecksResponse$ = ListCisScanResultsAggregatedByChecksResponse$;
    exports.ListCisScanResultsAggregatedByTargetResource$ = ListCisScanResultsAggregatedByTargetResource$;
    exports.ListCisScanResultsAggregatedByTargetResourceCommand = ListCisScanResultsAggregatedByTargetResourceCommand;
    exports.ListCisScanResultsAggregatedByTargetResourceRequest$ = ListCisScanResultsAggregatedByTargetResourceRequest$;
    exports.ListCisScanResultsAggregatedByTargetResourceResponse$ = ListCisScanResultsAggregatedByTargetResourceResponse$;
    exports.ListCisScans$ = ListCisScans$;
    exports.ListCisScansCommand = ListCisScansCommand;
    exports.ListCisScansDetailLevel = ListCisScansDetailLevel;
    exports.ListCisScansFilterCriteria$ = ListCisScansFilterCriteria$;
    exports.ListCisScansRequest$ = ListCisScansRequest$;
    exports.ListCisScansResponse$ = ListCisScansResponse$;
    exports.ListCisScansSortBy = ListCisScansSortBy;
    exports.ListCodeSecurityIntegrations$ = ListCodeSecurityIntegrations$;
    exports.ListCodeSecurityIntegrationsCommand = ListCodeSecurityIntegrationsCommand;
    exports.ListCodeSecurityIntegrationsRequest$ = ListCodeSecurityIntegrationsRequest$;
    exports.ListCodeSecurityIntegrationsResponse$ = ListCodeSecurityIntegrationsResponse$;
    exports.ListCodeSecurityScanConfigurationAssociations$ = ListCodeSecurityScanConfigurationAssociations$;
    exports.ListCodeSecurityScanConfigurationAssociationsCommand = ListCodeSecurityScanConfigurationAssociationsCommand;
    exports.ListCodeSecurityScanConfigurationAssociationsRequest$ = ListCodeSecurityScanConfigurationAssociationsRequest$;
    exports.ListCodeSecurityScanConfigurationAssociationsResponse$ = ListCodeSecurityScanConfigurationAssociationsResponse$;
    exports.ListCodeSecurityScanConfigurations$ = ListCodeSecurityScanConfigurations$;
    exports.ListCodeSecurityScanConfigurationsCommand = ListCodeSecurityScanConfigurationsCommand;
    exports.ListCodeSecurityScanConfigurationsRequest$ = ListCodeSecurityScanConfigurationsRequest$;
    exports.ListCodeSecurityScanConfigurationsResponse$ = ListCodeSecurityScanConfigurationsResponse$;
    exports.ListConnectorScanConfigurations$ = ListConnectorScanConfigurations$;
    exports.ListConnectorScanConfigurationsCommand = ListConnectorScanConfigurationsCommand;
    exports.ListConnectorScanConfigurationsRequest$ = ListConnectorScanConfigurationsRequest$;
    exports.ListConnectorScanConfigurationsResponse$ = ListConnectorScanConfigurationsResponse$;
    exports.ListConnectors$ = ListConnectors$;
    exports.ListConnectorsCommand = ListConnectorsCommand;
    exports.ListConnectorsRequest$ = ListConnectorsRequest$;
    exports.ListConnectorsResponse$ = ListConnectorsResponse$;
    exports.ListCoverage$ = ListCoverage$;
    exports.ListCoverageCommand = ListCoverageCommand;
    exports.ListCoverageRequest$ = ListCoverageRequest$;
    exports.ListCoverageResponse$ = ListCoverageResponse$;
    exports.ListCoverageStatistics$ = ListCoverageStatistics$;
    exports.ListCoverageStatisticsCommand = ListCoverageStatisticsCommand;
    exports.ListCoverageStatisticsRequest$ = ListCoverageStatisticsRequest$;
    exports.ListCoverageStatisticsResponse$ = ListCoverageStatisticsResponse$;
    exports.ListDelegatedAdminAccounts$ = ListDelegatedAdminAccounts$;
    exports.ListDelegatedAdminAccountsCommand = ListDelegatedAdminAccountsCommand;
    exports.ListDelegatedAdminAccountsRequest$ = ListDelegatedAdminAccountsRequest$;
    exports.ListDelegatedAdminAccountsResponse$ = ListDelegatedAdminAccountsResponse$;
    exports.ListFilters$ = ListFilters$;
    exports.ListFiltersCommand = ListFiltersCommand;
    exports.ListFiltersRequest$ = ListFiltersRequest$;
    exports.ListFiltersResponse$ = ListFiltersResponse$;
    exports.ListFindingAggregations$ = ListFindingAggregations$;
    exports.ListFindingAggregationsCommand = ListFindingAggregationsCommand;
    exports.ListFindingAggregationsRequest$ = ListFindingAggregationsRequest$;
    exports.ListFindingAggregationsResponse$ = ListFindingAggregationsResponse$;
    exports.ListFindings$ = ListFindings$;
    exports.ListFindingsCommand = ListFindingsCommand;
    exports.ListFindingsRequest$ = ListFindingsRequest$;
    exports.ListFindingsResponse$ = ListFindingsResponse$;
    exports.ListMembers$ = ListMembers$;
    exports.ListMembersCommand = ListMembersCommand;
    exports.ListMembersRequest$ = ListMembersRequest$;
    exports.ListMembersResponse$ = ListMembersResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListUsageTotals$ = ListUsageTotals$;
    exports.ListUsageTotalsCommand = ListUsageTotalsCommand;
    exports.ListUsageTotalsRequest$ = ListUsageTotalsRequest$;
    exports.ListUsageTotalsResponse$ = ListUsageTotalsResponse$;
    exports.MapComparison = MapComparison;
    exports.MapFilter$ = MapFilter$;
    exports.Member$ = Member$;
    exports.MemberAccountEc2DeepInspectionStatus$ = MemberAccountEc2DeepInspectionStatus$;
    exports.MemberAccountEc2DeepInspectionStatusState$ = MemberAccountEc2DeepInspectionStatusState$;
    exports.MonthlySchedule$ = MonthlySchedule$;
    exports.NetworkPath$ = NetworkPath$;
    exports.NetworkProtocol = NetworkProtocol;
    exports.NetworkReachabilityDetails$ = NetworkReachabilityDetails$;
    exports.NumberFilter$ = NumberFilter$;
    exports.OneTimeSchedule$ = OneTimeSchedule$;
    exports.Operation = Operation;
    exports.PackageAggregation$ = PackageAggregation$;
    exports.PackageAggregationResponse$ = PackageAggregationResponse$;
    exports.PackageFilter$ = PackageFilter$;
    exports.PackageManager = PackageManager;
    exports.PackageSortBy = PackageSortBy;
    exports.PackageType = PackageType;
    exports.PackageVulnerabilityDetails$ = PackageVulnerabilityDetails$;
    exports.PeriodicScanConfiguration$ = PeriodicScanConfiguration$;
    exports.PeriodicScanFrequency = PeriodicScanFrequency;
    exports.Permission$ = Permission$;
    exports.PortRange$ = PortRange$;
    exports.PortRangeFilter$ = PortRangeFilter$;
    exports.ProjectCodeSecurityScanConfiguration$ = ProjectCodeSecurityScanConfiguration$;
    exports.ProjectContinuousIntegrationScanConfiguration$ = ProjectContinuousIntegrationScanConfiguration$;
    exports.ProjectPeriodicScanConfiguration$ = ProjectPeriodicScanConfiguration$;
    exports.ProjectSelectionScope = ProjectSelectionScope;
    exports.Provider = Provider;
    exports.ProviderComparison = ProviderComparison;
    exports.ProviderDetailCreate$ = ProviderDetailCreate$;
    exports.ProviderDetailUpdate$ = ProviderDetailUpdate$;
    exports.ProviderFilter$ = ProviderFilter$;
    exports.Recommendation$ = Recommendation$;
    exports.RelationshipStatus = RelationshipStatus;
    exports.Remediation$ = Remediation$;
    exports.ReportFormat = ReportFormat;
    exports.ReportingErrorCode = ReportingErrorCode;
    exports.RepositoryAggregation$ = RepositoryAggregation$;
    exports.RepositoryAggregationResponse$ = RepositoryAggregationResponse$;
    exports.RepositorySortBy = RepositorySortBy;
    exports.ResetEncryptionKey$ = ResetEncryptionKey$;
    exports.ResetEncryptionKeyCommand = ResetEncryptionKeyCommand;
    exports.ResetEncryptionKeyRequest$ = ResetEncryptionKeyRequest$;
    exports.ResetEncryptionKeyResponse$ = ResetEncryptionKeyResponse$;
    exports.Resource$ = Resource$;
    exports.ResourceDetails$ = ResourceDetails$;
    exports.ResourceFilterCriteria$ = ResourceFilterCriteria$;
    exports.ResourceMapComparison = ResourceMapComparison;
    exports.ResourceMapFilter$ = ResourceMapFilter$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceScanMetadata$ = ResourceScanMetadata$;
    exports.ResourceScanType = ResourceScanType;
    exports.ResourceState$ = ResourceState$;
    exports.ResourceStatus$ = ResourceStatus$;
    exports.ResourceStringComparison = ResourceStringComparison;
    exports.ResourceStringFilter$ = ResourceStringFilter$;
    exports.ResourceType = ResourceType;
    exports.RuleSetCategory = RuleSetCategory;
    exports.Runtime = Runtime;
    exports.SbomReportFormat = SbomReportFormat;
    exports.ScanMode = ScanMode;
    exports.ScanStatus$ = ScanStatus$;
    exports.ScanStatusCode = ScanStatusCode;
    exports.ScanStatusReason = ScanStatusReason;
    exports.ScanType = ScanType;
    exports.Schedule$ = Schedule$;
    exports.ScopeConfiguration$ = ScopeConfiguration$;
    exports.ScopeConfigurationInput$ = ScopeConfigurationInput$;
    exports.ScopeSettings$ = ScopeSettings$;
    exports.ScopeState = ScopeState;
    exports.ScopeType = ScopeType;
    exports.SearchVulnerabilities$ = SearchVulnerabilities$;
    exports.SearchVulnerabilitiesCommand = SearchVulnerabilitiesCommand;
    exports.SearchVulnerabilitiesFilterCriteria$ = SearchVulnerabilitiesFilterCriteria$;
    exports.SearchVulnerabilitiesRequest$ = SearchVulnerabilitiesRequest$;
    exports.SearchVulnerabilitiesResponse$ = SearchVulnerabilitiesResponse$;
    exports.SendCisSessionHealth$ = SendCisSessionHealth$;
    exports.SendCisSessionHealthCommand = SendCisSessionHealthCommand;
    exports.SendCisSessionHealthRequest$ = SendCisSessionHealthRequest$;
    exports.SendCisSessionHealthResponse$ = SendCisSessionHealthResponse$;
    exports.SendCisSessionTelemetry$ = SendCisSessionTelemetry$;
    exports.SendCisSessionTelemetryCommand = SendCisSessionTelemetryCommand;
    exports.SendCisSessionTelemetryRequest$ = SendCisSessionTelemetryRequest$;
    exports.SendCisSessionTelemetryResponse$ = SendCisSessionTelemetryResponse$;
    exports.ServerlessFunction$ = ServerlessFunction$;
    exports.ServerlessFunctionAggregation$ = ServerlessFunctionAggregation$;
    exports.ServerlessFunctionAggregationResponse$ = ServerlessFunctionAggregationResponse$;
    exports.ServerlessFunctionMetadata$ = ServerlessFunctionMetadata$;
    exports.ServerlessFunctionSortBy = ServerlessFunctionSortBy;
    exports.Service = Service;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.Severity = Severity;
    exports.SeverityCounts$ = SeverityCounts$;
    exports.SortCriteria$ = SortCriteria$;
    exports.SortField = SortField;
    exports.SortOrder = SortOrder;
    exports.StartCisSession$ = StartCisSession$;
    exports.StartCisSessionCommand = StartCisSessionCommand;
    exports.StartCisSessionMessage$ = StartCisSessionMessage$;
    exports.StartCisSessionRequest$ = StartCisSessionRequest$;
    exports.StartCisSessionResponse$ = StartCisSessionResponse$;
    exports.StartCodeSecurityScan$ = StartCodeSecurityScan$;
    exports.StartCodeSecurityScanCommand = StartCodeSecurityScanCommand;
    exports.StartCodeSecurityScanRequest$ = StartCodeSecurityScanRequest$;
    exports.StartCodeSecurityScanResponse$ = StartCodeSecurityScanResponse$;
    exports.State$ = State$;
    exports.Status = Status;
    exports.StatusCounts$ = StatusCounts$;
    exports.Step$ = Step$;
    exports.StopCisMessageProgress$ = StopCisMessageProgress$;
    exports.StopCisSession$ = StopCisSession$;
    exports.StopCisSessionCommand = StopCisSessionCommand;
    exports.StopCisSessionMessage$ = StopCisSessionMessage$;
    exports.StopCisSessionRequest$ = StopCisSessionRequest$;
    exports.StopCisSessionResponse$ = StopCisSessionResponse$;
    exports.StopCisSessionStatus = StopCisSessionStatus;
    exports.StringComparison = StringComparison;
    exports.StringFilter$ = StringFilter$;
    exports.SuccessfulAssociationResult$ = SuccessfulAssociationResult$;
    exports.SuggestedFix$ = SuggestedFix$;
    exports.TagComparison = TagComparison;
    exports.TagFilter$ = TagFilter$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.Time$ = Time$;
    exports.TitleAggregation$ = TitleAggregation$;
    exports.TitleAggregationResponse$ = TitleAggregationResponse$;
    exports.TitleSortBy = TitleSortBy;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateCisScanConfiguration$ = UpdateCisScanConfiguration$;
    exports.UpdateCisScanConfigurationCommand = UpdateCisScanConfigurationCommand;
    exports.UpdateCisScanConfigurationRequest$ = UpdateCisScanConfigurationRequest$;
    exports.UpdateCisScanConfigurationResponse$ = UpdateCisScanConfigurationResponse$;
    exports.UpdateCisTargets$ = UpdateCisTargets$;
    exports.UpdateCodeSecurityIntegration$ = UpdateCodeSecurityIntegration$;
    exports.UpdateCodeSecurityIntegrationCommand = UpdateCodeSecurityIntegrationCommand;
    exports.UpdateCodeSecurityIntegrationRequest$ = UpdateCodeSecurityIntegrationRequest$;
    exports.UpdateCodeSecurityIntegrationResponse$ = UpdateCodeSecurityIntegrationResponse$;
    exports.UpdateCodeSecurityScanConfiguration$ = UpdateCodeSecurityScanConfiguration$;
    exports.UpdateCodeSecurityScanConfigurationCommand = UpdateCodeSecurityScanConfigurationCommand;
    exports.UpdateCodeSecurityScanConfigurationRequest$ = UpdateCodeSecurityScanConfigurationRequest$;
    exports.UpdateCodeSecurityScanConfigurationResponse$ = UpdateCodeSecurityScanConfigurationResponse$;
    exports.UpdateConfiguration$ = UpdateConfiguration$;
    exports.UpdateConfigurationCommand = UpdateConfigurationCommand;
    exports.UpdateConfigurationInheritance$ = UpdateConfigurationInheritance$;
    exports.UpdateConfigurationRequest$ = UpdateConfigurationRequest$;
    exports.UpdateConfigurationResponse$ = UpdateConfigurationResponse$;
    exports.UpdateConnector$ = UpdateConnector$;
    exports.UpdateConnectorCommand = UpdateConnectorCommand;
    exports.UpdateConnectorRequest$ = UpdateConnectorRequest$;
    exports.UpdateConnectorResponse$ = UpdateConnectorResponse$;
    exports.UpdateConnectorScanConfiguration$ = UpdateConnectorScanConfiguration$;
    exports.UpdateConnectorScanConfigurationCommand = UpdateConnectorScanConfigurationCommand;
    exports.UpdateConnectorScanConfigurationRequest$ = UpdateConnectorScanConfigurationRequest$;
    exports.UpdateConnectorScanConfigurationResponse$ = UpdateConnectorScanConfigurationResponse$;
    exports.UpdateEc2DeepInspectionConfiguration$ = UpdateEc2DeepInspectionConfiguration$;
    exports.UpdateEc2DeepInspectionConfigurationCommand = UpdateEc2DeepInspectionConfigurationCommand;
    exports.UpdateEc2DeepInspectionConfigurationRequest$ = UpdateEc2DeepInspectionConfigurationRequest$;
    exports.UpdateEc2DeepInspectionConfigurationResponse$ = UpdateEc2DeepInspectionConfigurationResponse$;
    exports.UpdateEncryptionKey$ = UpdateEncryptionKey$;
    exports.UpdateEncryptionKeyCommand = UpdateEncryptionKeyCommand;
    exports.UpdateEncryptionKeyRequest$ = UpdateEncryptionKeyRequest$;
    exports.UpdateEncryptionKeyResponse$ = UpdateEncryptionKeyResponse$;
    exports.UpdateFilter$ = UpdateFilter$;
    exports.UpdateFilterCommand = UpdateFilterCommand;
    exports.UpdateFilterRequest$ = UpdateFilterRequest$;
    exports.UpdateFilterResponse$ = UpdateFilterResponse$;
    exports.UpdateGitHubIntegrationDetail$ = UpdateGitHubIntegrationDetail$;
    exports.UpdateGitLabSelfManagedIntegrationDetail$ = UpdateGitLabSelfManagedIntegrationDetail$;
    exports.UpdateIntegrationDetails$ = UpdateIntegrationDetails$;
    exports.UpdateOrgEc2DeepInspectionConfiguration$ = UpdateOrgEc2DeepInspectionConfiguration$;
    exports.UpdateOrgEc2DeepInspectionConfigurationCommand = UpdateOrgEc2DeepInspectionConfigurationCommand;
    exports.UpdateOrgEc2DeepInspectionConfigurationRequest$ = UpdateOrgEc2DeepInspectionConfigurationRequest$;
    exports.UpdateOrgEc2DeepInspectionConfigurationResponse$ = UpdateOrgEc2DeepInspectionConfigurationResponse$;
    exports.UpdateOrganizationConfiguration$ = UpdateOrganizationConfiguration$;
    exports.UpdateOrganizationConfigurationCommand = UpdateOrganizationConfigurationCommand;
    exports.UpdateOrganizationConfigurationRequest$ = UpdateOrganizationConfigurationRequest$;
    exports.UpdateOrganizationConfigurationResponse$ = UpdateOrganizationConfigurationResponse$;
    exports.Usage$ = Usage$;
    exports.UsageTotal$ = UsageTotal$;
    exports.UsageType = UsageType;
    exports.VMScannerState$ = VMScannerState$;
    exports.VMScannerStatus = VMScannerStatus;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationExceptionField$ = ValidationExceptionField$;
    exports.ValidationExceptionReason = ValidationExceptionReason;
    exports.Vm$ = Vm$;
    exports.VmInstanceAggregation$ = VmInstanceAggregation$;
    exports.VmInstanceAggregationResponse$ = VmInstanceAggregationResponse$;
    exports.VmInstanceMetadata$ = VmInstanceMetadata$;
    exports.VmInstanceSortBy = VmInstanceSortBy;
    exports.VmPlatform = VmPlatform;
    exports.Vulnerability$ = Vulnerability$;
    exports.VulnerabilitySource = VulnerabilitySource;
    exports.VulnerablePackage$ = VulnerablePackage$;
    exports.WeeklySchedule$ = WeeklySchedule$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetCisScanResultDetails = paginateGetCisScanResultDetails;
    exports.paginateGetClustersForImage = paginateGetClustersForImage;
    exports.paginateListAccountPermissions = paginateListAccountPermissions;
    exports.paginateListCisScanConfigurations = paginateListCisScanConfigurations;
    exports.paginateListCisScanResultsAggregatedByChecks = paginateListCisScanResultsAggregatedByChecks;
    exports.paginateListCisScanResultsAggregatedByTargetResource = paginateListCisScanResultsAggregatedByTargetResource;
    exports.paginateListCisScans = paginateListCisScans;
    exports.paginateListConnectorScanConfigurations = paginateListConnectorScanConfigurations;
    exports.paginateListConnectors = paginateListConnectors;
    exports.paginateListCoverage = paginateListCoverage2;
    exports.paginateListCoverageStatistics = paginateListCoverageStatistics;
    exports.paginateListDelegatedAdminAccounts = paginateListDelegatedAdminAccounts;
    exports.paginateListFilters = paginateListFilters;
    exports.paginateListFindingAggregations = paginateListFindingAggregations;
    exports.paginateListFindings = paginateListFindings2;
    exports.paginateListMembers = paginateListMembers;
    exports.paginateListUsageTotals = paginateListUsageTotals;
    exports.paginateSearchVulnerabilities = paginateSearchVulnerabilities;
    exports.waitForConnectorConnected = waitForConnectorConnected;
    exports.waitForConnectorDeleted = waitForConnectorDeleted;
    exports.waitForConnectorEnabled = waitForConnectorEnabled;
    exports.waitUntilConnectorConnected = waitUntilConnectorConnected;
    exports.waitUntilConnectorDeleted = waitUntilConnectorDeleted;
    exports.waitUntilConnectorEnabled = waitUntilConnectorEnabled;
  }
});

// src/scans/aws-context.ts
var import_client_ecr = __toESM(require_dist_cjs3(), 1);
var import_client_inspector2 = __toESM(require_dist_cjs4(), 1);
function awsContext(options) {
  replaceAwsNodeWarning();
  const region = options.reference.region;
  return {
    ...options,
    ecr: new import_client_ecr.ECRClient({ region, requestHandler: REQUEST_TIMEOUTS }),
    inspector: new import_client_inspector2.Inspector2Client({ region, requestHandler: REQUEST_TIMEOUTS }),
    findingDetails: /* @__PURE__ */ new Map()
  };
}
async function retryTransient(context, what, call) {
  const started = context.clock.now();
  let pause = 1e3;
  let previous;
  for (; ; ) {
    try {
      return await call();
    } catch (error) {
      if (isAbort(error) || !isTransient(error)) throw error;
      const elapsedMs = context.clock.now() - started;
      if (elapsedMs >= context.waitMs) throw error;
      const state = `throttled or failing (${error.name}), retrying`;
      context.progress?.({ what, state, elapsedMs, changed: state !== previous });
      previous = state;
      await context.clock.sleep(Math.min(pause, context.waitMs - elapsedMs), context.signal);
      pause = Math.min(15e3, pause * 2);
    }
  }
}
function ecrImageResourceId(reference, digest) {
  return `arn:${partitionOf(reference.region)}:ecr:${reference.region}:${reference.account}:repository/${reference.repository}/${digest}`;
}
function readSettled(context, what, read) {
  return readUntilSettled({
    what,
    waitMs: context.waitMs,
    clock: context.clock,
    settleMs: context.settleMs,
    signal: context.signal,
    ...context.progress ? { progress: context.progress } : {},
    read
  });
}

// src/scans/ecr-findings.ts
var import_client_ecr2 = __toESM(require_dist_cjs3(), 1);

// src/scans/coverage.ts
var REASONS = {
  ACCESS_DENIED: "Inspector is denied access to the image (resource access policy)",
  ACCESS_DENIED_TO_ENCRYPTION_KEY: "the KMS key policy does not let Inspector read the image",
  AGENTLESS_INSTANCE_COLLECTION_TIME_LIMIT_EXCEEDED: "agentless collection took too long",
  AGENTLESS_INSTANCE_STORAGE_LIMIT_EXCEEDED: "agentless collection exceeded its storage limit",
  DEEP_INSPECTION_COLLECTION_TIME_LIMIT_EXCEEDED: "package collection took too long",
  DEEP_INSPECTION_DAILY_SSM_INVENTORY_LIMIT_EXCEEDED: "the daily SSM inventory quota is exhausted",
  DEEP_INSPECTION_NO_INVENTORY: "no package inventory was collected",
  DEEP_INSPECTION_PACKAGE_COLLECTION_LIMIT_EXCEEDED: "the package collection limit was exceeded",
  EC2_INSTANCE_STOPPED: "the instance is stopped",
  EXCLUDED_BY_TAG: "the image is excluded from scanning by a tag",
  IMAGE_ARCHIVED: "the image is archived in ECR and no longer scanned",
  IMAGE_SIZE_EXCEEDED: "the image is too large to scan",
  INTEGRATION_CONNECTION_LOST: "Inspector lost its connection to the source",
  INTERNAL_ERROR: "Inspector had an internal error scanning the image",
  NO_INVENTORY: "no software inventory was found to scan",
  NO_RESOURCES_FOUND: "no resources were found",
  NO_SCAN_CONFIGURATION_ASSOCIATED: "no scan configuration is associated",
  PENDING_DISABLE: "Inspector scanning is being disabled for this resource",
  RESOURCE_STOPPED: "the resource is stopped",
  RESOURCE_TERMINATED: "the image was deleted; its findings are being cleaned up",
  RESOURCE_UNMANAGED: "the resource is not managed",
  SCAN_ELIGIBILITY_EXPIRED: "the rescan duration has lapsed, so Inspector no longer monitors the image and closes its findings; push it again to rescan",
  SCAN_FREQUENCY_MANUAL: "the repository's scan frequency is manual, so Inspector does not scan the image",
  STALE_INVENTORY: "the inventory is stale",
  UNMANAGED_EC2_INSTANCE: "the instance is not managed by SSM",
  UNSUPPORTED_CODE_ARTIFACTS: "unsupported code artifacts",
  UNSUPPORTED_CONFIG_FILE: "unsupported configuration file",
  UNSUPPORTED_LANGUAGE: "unsupported language",
  UNSUPPORTED_MEDIA_TYPE: "the image's media type is not supported",
  UNSUPPORTED_OS: "the image's operating system, architecture or manifest type is not supported",
  UNSUPPORTED_RUNTIME: "unsupported runtime"
};
var WAITING = /* @__PURE__ */ new Set(["SCAN_IN_PROGRESS", "PENDING_INITIAL_SCAN", "PENDING_REVIVAL_SCAN"]);
function coverageVerdict(resource) {
  if (!resource) return { state: "wait", reason: "not covered by Inspector yet" };
  const code = resource.scanStatus?.statusCode;
  const reason = resource.scanStatus?.reason;
  if (code === void 0 || reason === void 0) return { state: "unavailable", reason: "Inspector's coverage of the image carries no scan status" };
  const status = `${code}/${reason}`;
  const scanned = resource.lastScannedAt;
  if (reason === "SCAN_FREQUENCY_SCAN_ON_PUSH" && (code === "ACTIVE" || code === "INACTIVE")) {
    return scanned ? { state: "ready", lastScannedAt: scanned } : { state: "wait", reason: `Inspector coverage ${status}, not scanned yet` };
  }
  if (code === "ACTIVE" && reason === "SUCCESSFUL") {
    return scanned ? { state: "ready", lastScannedAt: scanned } : { state: "wait", reason: `Inspector coverage ${status} without a lastScannedAt yet` };
  }
  if (code === "ACTIVE" && (WAITING.has(reason) || reason.startsWith("PENDING_") && reason !== "PENDING_DISABLE")) {
    return { state: "wait", reason: `Inspector coverage ${status}` };
  }
  if (code !== "ACTIVE" && code !== "INACTIVE") return { state: "unavailable", reason: `unknown Inspector coverage status ${status}` };
  const known = REASONS[reason];
  if (known === void 0 && !WAITING.has(reason) && reason !== "SUCCESSFUL") {
    return { state: "unavailable", reason: `unknown Inspector coverage reason ${status}` };
  }
  return { state: "unavailable", reason: `Inspector does not cover the image (${status}${known ? `: ${known}` : ""})` };
}

// src/scans/inspector.ts
var import_client_inspector22 = __toESM(require_dist_cjs4(), 1);
var MAX_COVERAGE_PAGES = 10;
var MAX_FINDING_PAGES = 1e3;
var DETAILS_PER_CALL = 10;
var equals = (value) => [{ comparison: "EQUALS", value }];
async function findCoverage(context, digest) {
  const { reference } = context;
  const resourceId = ecrImageResourceId(reference, digest);
  const paginator = (0, import_client_inspector22.paginateListCoverage)(
    { client: context.inspector, stopOnSameToken: true },
    {
      filterCriteria: {
        resourceType: equals("AWS_ECR_CONTAINER_IMAGE"),
        resourceId: equals(resourceId),
        accountId: equals(reference.account),
        ecrRepositoryName: equals(reference.repository)
      },
      maxResults: 100
    },
    { abortSignal: context.signal }
  );
  let pages = 0;
  for await (const raw of paginator) {
    const page = parseShape(listCoveragePageSchema, raw, `ListCoverage page ${++pages}`);
    const found = (page.coveredResources ?? []).find(
      (resource) => resource.resourceId === resourceId && (resource.accountId ?? reference.account) === reference.account
    );
    if (found) return found;
    if (pages >= MAX_COVERAGE_PAGES) break;
  }
  return void 0;
}
async function readInspectorFindings(context, image) {
  const { reference } = context;
  const shown = `${reference.repository}@${image.digest}${image.platform ? ` (${image.platform})` : ""}`;
  const base = {
    source: "inspector",
    label: `Amazon Inspector findings for ${shown}`,
    scanType: "inspector",
    imageDigest: image.digest,
    ...image.platform ? { platform: image.platform } : {}
  };
  const unavailable = (reason) => ({ ...base, status: "unavailable", reason, vulnerabilities: [] });
  const readOnce = async () => {
    let scannedAt;
    try {
      const verdict = coverageVerdict(await findCoverage(context, image.digest));
      if (verdict.state !== "ready") return verdict;
      scannedAt = verdict.lastScannedAt;
    } catch (error) {
      if (isAbort(error)) throw error;
      if (isTransient(error)) return { state: "wait", reason: `coverage: throttled or failing (${error.name}), retrying` };
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from Inspector: ${error.message}` };
      return { state: "unavailable", reason: `cannot read Inspector's coverage of the image: ${describeAwsError(error)}` };
    }
    const vulnerabilities = [];
    let closed = 0;
    try {
      const paginator = (0, import_client_inspector22.paginateListFindings)(
        { client: context.inspector, stopOnSameToken: true },
        {
          // Always an explicit status filter: ListFindings has returned CLOSED findings to callers that did not ask.
          // SUPPRESSED ones are read too: a suppression rule is the account's decision, and the report shows it.
          filterCriteria: {
            awsAccountId: equals(reference.account),
            ecrImageHash: equals(image.digest),
            ecrImageRepositoryName: equals(reference.repository),
            findingStatus: [...equals("ACTIVE"), ...equals("SUPPRESSED")],
            findingType: equals("PACKAGE_VULNERABILITY")
          },
          maxResults: 100
        },
        { abortSignal: context.signal }
      );
      let pages = 0;
      for await (const raw of paginator) {
        const page = parseShape(listFindingsPageSchema, raw, `ListFindings page ${++pages}`);
        for (const [index, finding] of (page.findings ?? []).entries()) {
          const hashes = (finding.resources ?? []).map((resource) => resource.details?.awsEcrContainerImage?.imageHash).filter((hash) => hash !== void 0);
          if (hashes.length > 0 && !hashes.includes(image.digest))
            return { state: "unavailable", reason: `Inspector returned a finding for another image (page ${pages} finding ${index + 1}: ${hashes[0]})` };
          if (finding.type !== void 0 && finding.type !== "PACKAGE_VULNERABILITY") continue;
          const found = fromPackageFinding(finding, "inspector", `ListFindings page ${pages} findings[${index}]`);
          if (found.length === 0) closed++;
          vulnerabilities.push(...found);
        }
        if (pages >= MAX_FINDING_PAGES) return { state: "unavailable", reason: `more than ${MAX_FINDING_PAGES} pages of findings` };
      }
    } catch (error) {
      if (isAbort(error)) throw error;
      if (isTransient(error)) return { state: "wait", reason: `findings: throttled or failing (${error.name}), retrying` };
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from Inspector: ${error.message}` };
      return { state: "unavailable", reason: `cannot list Inspector's findings: ${describeAwsError(error)}` };
    }
    return { state: "finished", value: { vulnerabilities, closed }, signature: `${scannedAt}|${signatureOf(vulnerabilities)}` };
  };
  try {
    const outcome = await readSettled(
      context,
      `Inspector coverage of ${reference.repository}@${image.digest.slice(0, 19)}…${image.platform ? ` (${image.platform})` : ""}`,
      readOnce
    );
    if (!outcome.ok) {
      if (outcome.timedOut)
        return unavailable(
          `Inspector did not finish scanning the image within the policy's wait (${Math.round(outcome.timedOut.waitedMs / 1e3)} s; last state: ${outcome.timedOut.lastState})`
        );
      return unavailable(outcome.reason);
    }
    const { vulnerabilities, closed } = outcome.value;
    const notes = [];
    if (closed > 0) notes.push(`${closed} CLOSED finding${closed === 1 ? "" : "s"} not counted`);
    const missing = await attachFindingDetails(context, vulnerabilities, image);
    if (missing) notes.push(missing);
    return { ...base, status: "complete", vulnerabilities, ...notes.length ? { notes } : {} };
  } catch (error) {
    if (isAbort(error)) return { ...unavailable("cancelled: another scan source is unavailable"), cancelled: true };
    throw error;
  }
}
async function fetchDetails(context, arns) {
  const result = /* @__PURE__ */ new Map();
  try {
    const raw = await retryTransient(
      context,
      "Inspector finding details",
      () => context.inspector.send(new import_client_inspector22.BatchGetFindingDetailsCommand({ findingArns: arns }), { abortSignal: context.signal })
    );
    const response = parseShape(findingDetailsSchema, raw, "BatchGetFindingDetails");
    for (const detail of response.findingDetails ?? []) {
      if (detail.findingArn === void 0 || !arns.includes(detail.findingArn)) continue;
      const cisa = detail.cisaData;
      const kev = cisa ? {
        ...cisa.dateAdded !== void 0 ? { dateAdded: cisa.dateAdded.slice(0, 10) } : {},
        ...cisa.dateDue !== void 0 ? { dueDate: cisa.dateDue.slice(0, 10) } : {},
        ...cisa.action !== void 0 ? { action: cisa.action } : {}
      } : false;
      const found = { state: "found", kev };
      if (detail.epssScore !== void 0) found.epss = detail.epssScore;
      const seen = detail.exploitObserved?.lastSeen ?? detail.exploitObserved?.firstSeen;
      if (seen !== void 0) found.exploitLastSeen = seen;
      result.set(detail.findingArn, found);
    }
    for (const error of response.errors ?? []) {
      if (error.findingArn !== void 0 && !result.has(error.findingArn))
        result.set(error.findingArn, { state: "unavailable", reason: `${error.errorCode ?? "error"}${error.errorMessage ? `: ${error.errorMessage}` : ""}` });
    }
    for (const arn of arns) if (!result.has(arn)) result.set(arn, { state: "unavailable", reason: "not in BatchGetFindingDetails' answer" });
  } catch (error) {
    if (isAbort(error)) throw error;
    const reason = error instanceof ShapeError ? `unexpected answer from Inspector: ${error.message}` : describeAwsError(error);
    for (const arn of arns) result.set(arn, { state: "unavailable", reason });
  }
  return result;
}
async function attachFindingDetails(context, vulnerabilities, image) {
  for (const vulnerability of vulnerabilities) {
    vulnerability.imageDigest = image.digest;
    if (image.platform) vulnerability.platform = image.platform;
  }
  const arns = [...new Set(vulnerabilities.map((vulnerability) => vulnerability.findingArn).filter((arn) => arn !== void 0))];
  if (arns.length === 0) return void 0;
  const fresh = arns.filter((arn) => !context.findingDetails.has(arn));
  let queue = Promise.all(context.findingDetails.values()).catch(() => void 0);
  for (let start = 0; start < fresh.length; start += DETAILS_PER_CALL) {
    const chunk = fresh.slice(start, start + DETAILS_PER_CALL);
    const call = queue.then(() => fetchDetails(context, chunk));
    queue = call.catch(() => void 0);
    for (const arn of chunk) {
      const entry = call.then((map) => map.get(arn));
      entry.catch(() => void 0);
      context.findingDetails.set(arn, entry);
    }
  }
  const details = /* @__PURE__ */ new Map();
  for (const arn of arns) details.set(arn, await context.findingDetails.get(arn));
  const failures = [];
  for (const vulnerability of vulnerabilities) {
    const detail = vulnerability.findingArn === void 0 ? void 0 : details.get(vulnerability.findingArn);
    if (!detail) continue;
    if (detail.state === "unavailable") {
      failures.push(detail.reason);
      continue;
    }
    vulnerability.kev = detail.kev === false ? false : { ...detail.kev, source: "inspector" };
    if (vulnerability.epss === void 0 && detail.epss !== void 0) vulnerability.epss = detail.epss;
    if (detail.exploitLastSeen !== void 0) {
      if (vulnerability.lastKnownExploitAt === void 0 || detail.exploitLastSeen > vulnerability.lastKnownExploitAt)
        vulnerability.lastKnownExploitAt = detail.exploitLastSeen;
      vulnerability.exploitAvailable = true;
    }
  }
  if (failures.length === 0) return void 0;
  return `CISA KEV and exploit details unavailable for ${failures.length} finding${failures.length === 1 ? "" : "s"} (BatchGetFindingDetails: ${failures[0]})`;
}

// src/scans/ecr-findings.ts
var MAX_FINDING_PAGES2 = 1e3;
async function readScanningConfiguration(context) {
  try {
    const raw = await retryTransient(
      context,
      "ECR scanning configuration",
      () => context.ecr.send(new import_client_ecr2.GetRegistryScanningConfigurationCommand({}), { abortSignal: context.signal })
    );
    const response = parseShape(registryScanningConfigurationSchema, raw, "GetRegistryScanningConfiguration");
    const caller = response.registryId;
    if (caller !== void 0 && caller !== context.reference.account) {
      return {
        state: "known",
        scanType: "unknown",
        callerRegistryId: caller,
        note: `the scan type (basic or enhanced) could not be determined: the image is in account ${context.reference.account}'s registry, and ECR describes only the caller's (${caller}) scanning configuration`
      };
    }
    const scanType = response.scanningConfiguration?.scanType;
    if (scanType === "ENHANCED") return { state: "known", scanType: "enhanced", ...caller ? { callerRegistryId: caller } : {} };
    if (scanType === "BASIC") return { state: "known", scanType: "basic", ...caller ? { callerRegistryId: caller } : {} };
    return { state: "unavailable", reason: `the registry's scanning configuration names no known scan type (${scanType ?? "none"})` };
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from ECR: ${error.message}` };
    return { state: "unavailable", reason: `cannot read the registry's scanning configuration: ${describeAwsError(error)}` };
  }
}
async function readEcrScan(context, configuration, image) {
  const { reference } = context;
  const scanType = configuration.state === "known" ? configuration.scanType : void 0;
  const shown = `${reference.repository}@${image.digest}${image.platform ? ` (${image.platform})` : ""}`;
  const label = `ECR ${scanType && scanType !== "unknown" ? `${scanType} ` : ""}scan of ${shown}`;
  const base = {
    source: "ecr",
    label,
    imageDigest: image.digest,
    ...image.platform ? { platform: image.platform } : {},
    ...scanType ? { scanType } : {}
  };
  const notes = configuration.state === "known" && configuration.note ? [configuration.note] : [];
  const unavailable = (reason) => ({ ...base, status: "unavailable", reason, vulnerabilities: [], ...notes.length ? { notes } : {} });
  if (configuration.state === "unavailable") return unavailable(configuration.reason);
  let started = false;
  let coverageHidden = false;
  const readOnce = async () => {
    const pages = [];
    let completedAt;
    try {
      const paginator = (0, import_client_ecr2.paginateDescribeImageScanFindings)(
        { client: context.ecr, stopOnSameToken: true },
        { registryId: reference.account, repositoryName: reference.repository, imageId: { imageDigest: image.digest }, maxResults: 1e3 },
        { abortSignal: context.signal }
      );
      for await (const raw of paginator) {
        const number = pages.length + 1;
        const page = parseShape(imageScanFindingsPageSchema, raw, `DescribeImageScanFindings page ${number}`);
        const status = page.imageScanStatus?.status;
        const verdict = ecrStatusVerdict(status, page.imageScanStatus?.description);
        if (verdict.state !== "ready") return verdict.state === "wait" ? { state: "wait", reason: verdict.reason } : verdict;
        const block = page.imageScanFindings;
        if (!block) return { state: "wait", reason: `scan ${status} but no findings block yet${number > 1 ? ` (page ${number})` : ""}` };
        const at = block.imageScanCompletedAt;
        if (at === void 0) return { state: "wait", reason: `scan ${status} without a completion time: findings not written yet` };
        if (completedAt !== void 0 && at !== completedAt) return { state: "wait", reason: "the scan changed while its pages were read" };
        completedAt = at;
        pages.push(page);
        if (pages.length > MAX_FINDING_PAGES2) return { state: "unavailable", reason: `more than ${MAX_FINDING_PAGES2} pages of findings` };
      }
    } catch (error) {
      if (isAbort(error)) throw error;
      const name = error.name;
      if (name === "ScanNotFoundException") {
        if (context.startScan && scanType === "basic" && !started) {
          started = true;
          try {
            await context.ecr.send(
              new import_client_ecr2.StartImageScanCommand({ registryId: reference.account, repositoryName: reference.repository, imageId: { imageDigest: image.digest } }),
              { abortSignal: context.signal }
            );
          } catch (startError) {
            if (isAbort(startError)) throw startError;
            if (startError.name !== "LimitExceededException")
              return { state: "unavailable", reason: `no scan exists and StartImageScan failed: ${describeAwsError(startError)}` };
          }
          return { state: "wait", reason: "scan started" };
        }
        return { state: "wait", reason: "scan not registered yet" };
      }
      if (name === "ImageNotFoundException")
        throw new GateError(`${reference.text}: image ${image.digest} not found in ECR repository ${reference.repository}`);
      if (isTransient(error)) return { state: "wait", reason: `throttled or failing (${name}), retrying` };
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from ECR: ${error.message}` };
      return { state: "unavailable", reason: describeAwsError(error) };
    }
    const vulnerabilities = [];
    let closed = 0;
    let enhancedSeen = false;
    try {
      for (const [pageIndex, page] of pages.entries()) {
        for (const [index, finding] of (page.imageScanFindings?.enhancedFindings ?? []).entries()) {
          enhancedSeen = true;
          const found = fromPackageFinding(finding, "ecr-enhanced", `DescribeImageScanFindings page ${pageIndex + 1} enhancedFindings[${index}]`);
          if (found.length === 0) closed++;
          vulnerabilities.push(...found);
        }
        for (const finding of page.imageScanFindings?.findings ?? []) vulnerabilities.push(fromBasicFinding(finding));
      }
    } catch (error) {
      if (error instanceof ShapeError) return { state: "unavailable", reason: `unexpected answer from ECR: ${error.message}` };
      throw error;
    }
    let scannedAt = "";
    if (scanType === "enhanced" || scanType === "unknown" && enhancedSeen && !coverageHidden) {
      let coverage;
      try {
        coverage = await findCoverage(context, image.digest);
      } catch (error) {
        if (isAbort(error)) throw error;
        if (isTransient(error)) return { state: "wait", reason: `Inspector coverage: throttled or failing (${error.name}), retrying` };
        if (scanType === "unknown") {
          coverageHidden = true;
        } else {
          const why = error instanceof ShapeError ? `unexpected answer from Inspector: ${error.message}` : describeAwsError(error);
          return { state: "unavailable", reason: `enhanced results need Inspector's coverage of the image (inspector2:ListCoverage): ${why}` };
        }
      }
      if (scanType === "unknown" && coverage === void 0) {
        coverageHidden = true;
      } else if (!coverageHidden) {
        const verdict = coverageVerdict(coverage);
        if (verdict.state === "wait") return { state: "wait", reason: verdict.reason };
        if (verdict.state === "unavailable") return verdict;
        scannedAt = verdict.lastScannedAt;
      }
    }
    return { state: "finished", value: { vulnerabilities, closed }, signature: `${completedAt}|${scannedAt}|${signatureOf(vulnerabilities)}` };
  };
  try {
    const outcome = await readSettled(
      context,
      `ECR ${scanType && scanType !== "unknown" ? `${scanType} ` : ""}scan of ${reference.repository}@${image.digest.slice(0, 19)}…${image.platform ? ` (${image.platform})` : ""}`,
      readOnce
    );
    if (!outcome.ok) {
      if (outcome.timedOut)
        return unavailable(
          `the scan did not finish within the policy's wait (${Math.round(outcome.timedOut.waitedMs / 1e3)} s; last state: ${outcome.timedOut.lastState})`
        );
      return unavailable(outcome.reason);
    }
    const { vulnerabilities, closed } = outcome.value;
    if (closed > 0) notes.push(`${closed} CLOSED finding${closed === 1 ? "" : "s"} not counted`);
    if (coverageHidden)
      notes.push("Inspector's coverage of this image is not visible to the caller; completeness was judged by the scan status and its completion time");
    const missing = await attachFindingDetails(context, vulnerabilities, image);
    if (missing) notes.push(missing);
    return { ...base, status: "complete", vulnerabilities, ...notes.length ? { notes } : {} };
  } catch (error) {
    if (isAbort(error)) return { ...unavailable("cancelled: another scan source is unavailable"), cancelled: true };
    throw error;
  }
}

// src/scans/ecr-image.ts
var import_client_ecr3 = __toESM(require_dist_cjs3(), 1);
import { createHash } from "node:crypto";
async function resolveEcrTarget(context, options) {
  const { reference } = context;
  const details = await describeImage(context);
  if (!isIndexMediaType(details.mediaType)) return { digest: details.digest, index: false, images: [{ digest: details.digest }], skipped: [] };
  const where = `${reference.text}: the index ${details.digest}`;
  let response;
  try {
    response = parseShape(
      batchGetImageSchema,
      await retryTransient(
        context,
        `ECR index ${reference.repository}@${details.digest.slice(0, 19)}…`,
        () => context.ecr.send(
          new import_client_ecr3.BatchGetImageCommand({
            registryId: reference.account,
            repositoryName: reference.repository,
            imageIds: [{ imageDigest: details.digest }],
            acceptedMediaTypes: [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerList]
          }),
          { abortSignal: context.signal }
        )
      ),
      "BatchGetImage"
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof ShapeError) throw new GateError(`${where}: unexpected answer from ECR: ${error.message}`);
    throw new GateError(`${where}: cannot read it with BatchGetImage: ${describeAwsError(error)}`);
  }
  const failure = response.failures?.[0];
  if (failure) throw new GateError(`${where}: BatchGetImage failed (${failure.failureCode ?? "no code"}: ${failure.failureReason ?? "no reason"})`);
  const manifest = response.images?.find((image) => image.imageId?.imageDigest === details.digest)?.imageManifest;
  if (manifest === void 0) throw new GateError(`${where}: BatchGetImage returned no manifest`);
  const actual = `sha256:${createHash("sha256").update(manifest, "utf8").digest("hex")}`;
  if (actual !== details.digest) throw new GateError(`${where}: the manifest ECR returned does not match its digest (got ${actual})`);
  let index;
  try {
    index = parseShape(indexSchema, JSON.parse(manifest), "index");
  } catch (error) {
    throw new GateError(`${where}: not a valid image index (${error instanceof Error ? error.message : String(error)})`);
  }
  const platformImages = [];
  for (const descriptor of index.manifests ?? []) {
    if (isAttestation(descriptor)) continue;
    if (isIndexMediaType(descriptor.mediaType)) throw new GateError(`${where}: nests another index (${descriptor.digest}); nested indexes are not supported`);
    const platform = platformOf(descriptor);
    platformImages.push(platform === void 0 ? { digest: descriptor.digest } : { digest: descriptor.digest, platform });
  }
  if (platformImages.length === 0) throw new GateError(`${where}: lists no platform images (only attestations)`);
  if (options.platforms === "all") return { digest: details.digest, index: true, images: platformImages, skipped: [] };
  const listed = platformImages.map((image) => image.platform ?? "(no platform)").join(", ");
  let chosen;
  if (options.platform !== void 0) {
    chosen = platformImages.filter((image) => platformMatches(options.platform, image.platform));
    if (chosen.length === 0) throw new GateError(`${where}: has no image for platform ${options.platform} (platforms: ${listed})`);
  } else if (platformImages.length === 1) {
    chosen = platformImages;
  } else {
    chosen = platformImages.filter((image) => platformMatches("linux/amd64", image.platform));
    if (chosen.length === 0)
      throw new GateError(`${where}: holds images for several platforms (${listed}); choose one with --platform, or set vulnerabilities.platforms: all`);
  }
  const first = chosen[0];
  return { digest: details.digest, index: true, images: [first], skipped: platformImages.filter((image) => image !== first) };
}
async function describeImage(context) {
  const { reference } = context;
  const imageId = reference.digest !== void 0 ? { imageDigest: reference.digest } : { imageTag: reference.tag ?? "latest" };
  const named = reference.digest ?? `tag ${reference.tag}`;
  const outcome = await pollUntil({
    what: `ECR image ${reference.repository}${reference.digest ? `@${reference.digest.slice(0, 19)}…` : `:${reference.tag}`}`,
    waitMs: Math.min(context.waitMs, 12e4),
    clock: context.clock,
    signal: context.signal,
    ...context.progress ? { progress: context.progress } : {},
    step: async () => {
      try {
        const raw = await context.ecr.send(
          new import_client_ecr3.DescribeImagesCommand({ registryId: reference.account, repositoryName: reference.repository, imageIds: [imageId] }),
          { abortSignal: context.signal }
        );
        const response = parseShape(describeImagesSchema, raw, "DescribeImages");
        const detail = response.imageDetails?.[0];
        if (!detail) throw new GateError(`${reference.text}: ECR returned no image for ${named}`);
        if (reference.digest !== void 0 && detail.imageDigest !== reference.digest)
          throw new GateError(`${reference.text}: ECR described ${detail.imageDigest} when asked for ${reference.digest}`);
        return {
          done: true,
          value: detail.imageManifestMediaType === void 0 ? { digest: detail.imageDigest } : { digest: detail.imageDigest, mediaType: detail.imageManifestMediaType }
        };
      } catch (error) {
        if (error instanceof GateError || isAbort(error)) throw error;
        const name = error.name;
        if (name === "ImageNotFoundException") return { done: false, state: `${reference.digest ? "image" : "tag"} not found yet` };
        if (isTransient(error)) return { done: false, state: `throttled or failing (${name}), retrying` };
        if (name === "RepositoryNotFoundException")
          throw new GateError(`${reference.text}: ECR repository ${reference.repository} not found in account ${reference.account} (${reference.region})`);
        if (error instanceof ShapeError) throw new GateError(`${reference.text}: unexpected answer from ECR: ${error.message}`);
        throw new GateError(`${reference.text}: cannot resolve ${named}: ${describeAwsError(error)}`);
      }
    }
  });
  if (!outcome.done) {
    if (outcome.lastState.startsWith("throttled"))
      throw new GateError(`${reference.text}: cannot resolve ${named}: ECR kept throttling (${outcome.lastState})`);
    throw new GateError(
      reference.digest ? `${reference.text}: image ${reference.digest} not found in ECR repository ${reference.repository}` : `${reference.text}: tag ${reference.tag} not found in ECR repository ${reference.repository}`
    );
  }
  return outcome.value;
}
export {
  awsContext,
  readEcrScan,
  readInspectorFindings,
  readScanningConfiguration,
  resolveEcrTarget
};
